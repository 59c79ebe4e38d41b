import { isOrgKind, ORG_KIND_SHORT_LABELS, ORG_KINDS } from '../org/orgKinds'
import { INDICATOR_IDS, type IndicatorId, type OrgRow, type Rollup } from './indicatorTypes'

type Counts = Rollup['indicators'][IndicatorId]

function rollupOf(label: string, rows: readonly OrgRow[], extra: Partial<Rollup>): Rollup {
  const indicators = Object.fromEntries(
    INDICATOR_IDS.map((id) => [id, { green: 0, amber: 0, red: 0, applies: 0 } as Counts]),
  ) as Rollup['indicators']
  for (const row of rows) {
    for (const id of INDICATOR_IDS) {
      const light = row.indicators[id]?.light
      if (light === 'green' || light === 'amber' || light === 'red') {
        indicators[id][light] += 1
        indicators[id].applies += 1
      }
    }
  }
  return { label, ...extra, orgs: rows.length, indicators }
}

/** The child of the view's root (depth 1) whose subtree holds `row`, walking up by parentId. */
function childOf(row: OrgRow, byId: ReadonlyMap<string, OrgRow>): OrgRow | undefined {
  let current: OrgRow | undefined = row
  for (let guard = 0; current && guard < 64; guard += 1) {
    if (current.depth === 1) return current
    if (current.depth < 1 || current.parentId === undefined) return undefined
    current = byId.get(current.parentId)
  }
  return undefined
}

/**
 * Counts of green / amber / red per indicator, among the orgs each applies to (`none` is left
 * out), for each level (`kind`, in the structure's order) or for each child subtree of the view's
 * root (`child`: the child and everything below it, in the rows' order of the children).
 * The share meeting an indicator is green / applies.
 */
export function rollups(rows: readonly OrgRow[], by: 'kind' | 'child'): Rollup[] {
  if (by === 'kind') {
    const kinds = [...new Set(rows.map((r) => r.kind))].sort(
      (a, b) =>
        (isOrgKind(a) ? ORG_KINDS.indexOf(a) : 99) - (isOrgKind(b) ? ORG_KINDS.indexOf(b) : 99),
    )
    return kinds.map((kind) =>
      rollupOf(
        isOrgKind(kind) ? ORG_KIND_SHORT_LABELS[kind] : kind,
        rows.filter((r) => r.kind === kind),
        { kind },
      ),
    )
  }
  const byId = new Map(rows.map((r) => [r.id, r]))
  const groups = new Map<string, OrgRow[]>()
  for (const row of rows) if (row.depth === 1) groups.set(row.id, [])
  for (const row of rows) {
    const child = childOf(row, byId)
    if (child) groups.get(child.id)?.push(row)
  }
  return [...groups].map(([id, members]) =>
    rollupOf(byId.get(id)!.name, members, { subtreeOf: id }),
  )
}
