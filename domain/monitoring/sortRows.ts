import { problemCounts } from './fixList'
import { LIGHT_RANK } from './indicatorLabels'
import type { OrgRow } from './indicatorTypes'
import { ORG_KINDS } from '../org/orgKinds'
import type { ViewQuery } from './viewQuery'

const byName = new Intl.Collator('ru', { sensitivity: 'base', numeric: true })
const numeric = (value: unknown) =>
  typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : null

/**
 * Sorts a copy of the rows by a column. An indicator sorts worst first (red, amber, green,
 * not applicable), then by its value; problems by the count of red, then amber, most first.
 * `desc` reverses; ties always fall back to the name, so pages never shuffle between requests.
 */
export function sortRows(rows: readonly OrgRow[], query: Pick<ViewQuery, 'sort' | 'desc'>) {
  const { sort, desc } = query
  const key = (a: OrgRow, b: OrgRow): number => {
    switch (sort) {
      case 'name':
        return 0
      case 'kind':
        return ORG_KINDS.indexOf(a.kind as never) - ORG_KINDS.indexOf(b.kind as never)
      case 'depth':
        return a.depth - b.depth
      case 'problems': {
        const pa = problemCounts(a)
        const pb = problemCounts(b)
        return pb.red - pa.red || pb.amber - pa.amber
      }
      default: {
        const ia = a.indicators[sort]
        const ib = b.indicators[sort]
        const rank = LIGHT_RANK[ia?.light ?? 'none'] - LIGHT_RANK[ib?.light ?? 'none']
        if (rank !== 0) return rank
        const va = numeric(ia?.value)
        const vb = numeric(ib?.value)
        if (va === null || vb === null) return (va === null ? 1 : 0) - (vb === null ? 1 : 0)
        return va - vb
      }
    }
  }
  const sign = desc ? -1 : 1
  return [...rows].sort(
    (a, b) =>
      sign * (key(a, b) || byName.compare(a.name, b.name)) || String(a.id).localeCompare(b.id),
  )
}
