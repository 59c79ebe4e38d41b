import { INDICATOR_IDS, type OrgRow } from './indicatorTypes'
import type { ViewQuery } from './viewQuery'

/** Lower case with ё as е, so «Береза» finds «Берёза». */
export const searchForm = (text: string) => text.toLocaleLowerCase('ru').replaceAll('ё', 'е')

/**
 * The rows of the view: of a kind, under a direct parent, failing an indicator (or any), whose
 * name holds the search text. The row order is kept.
 */
export function filterRows(rows: readonly OrgRow[], query: ViewQuery): OrgRow[] {
  const needle = query.q ? searchForm(query.q) : null
  const failingLights = query.light === 'red' ? ['red'] : ['red', 'amber']
  const fails = (row: OrgRow) => {
    const ids = query.failing === 'any' ? INDICATOR_IDS : [query.failing!]
    return ids.some((id) => failingLights.includes(row.indicators[id]?.light))
  }
  return rows.filter(
    (row) =>
      (!query.kind || row.kind === query.kind) &&
      (!query.parent || String(row.parentId) === query.parent) &&
      (!query.failing || fails(row)) &&
      (!needle || searchForm(row.name).includes(needle)),
  )
}
