import type { OrgId } from '../../../domain/org/orgGraph'

/** One org as the switcher reads it (depth 0: ancestors are ids, root first). */
export interface SwitcherOrg {
  id: OrgId
  name: string
  shortName?: string | null
  ancestors?: readonly (OrgId | { id: OrgId })[] | null
}

/** One entry of the switcher's list: `level` indents an org under its parent in the list. */
export interface SwitcherOption {
  id: string
  label: string
  level: number
}

const idOf = (ref: OrgId | { id: OrgId }): OrgId => (typeof ref === 'object' ? ref.id : ref)
/** An org's name in the switcher: its short name when it has one. */
export const labelOf = (org: Pick<SwitcherOrg, 'name' | 'shortName'>) =>
  org.shortName?.trim() || org.name

/**
 * The switcher's orgs in tree order — each org followed by the orgs below it, siblings
 * alphabetically — so that a Терком comes first and its ППО under it, indented. Only ancestors
 * that are themselves in the list count (a Терком admin's union is not shown).
 */
export function switcherOptions(orgs: readonly SwitcherOrg[]): SwitcherOption[] {
  const byId = new Map(orgs.map((o) => [String(o.id), o]))
  const path = (org: SwitcherOrg): string[] => [
    ...(org.ancestors ?? [])
      .map((ref) => byId.get(String(idOf(ref))))
      .filter((o): o is SwitcherOrg => o !== undefined)
      .map(labelOf),
    labelOf(org),
  ]
  const compare = (a: string[], b: string[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = a[i]!.localeCompare(b[i]!, 'ru')
      if (order !== 0) return order
    }
    return a.length - b.length
  }
  return orgs
    .map((org) => ({ org, path: path(org) }))
    .sort((a, b) => compare(a.path, b.path))
    .map(({ org, path: p }) => ({ id: String(org.id), label: labelOf(org), level: p.length - 1 }))
}
