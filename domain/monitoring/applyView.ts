import { filterRows } from './filterRows'
import type { OrgRow } from './indicatorTypes'
import { pageRows, type RowPage } from './pageRows'
import { sortRows } from './sortRows'
import type { ViewQuery } from './viewQuery'

/**
 * The dashboard's view of a subtree: filtered, sorted, and (for the table) one page. Exports
 * take `all`, the same rows without paging, so a download holds exactly what the filters show.
 */
export function applyView(rows: readonly OrgRow[], query: ViewQuery) {
  const all = sortRows(filterRows(rows, query), query)
  const page: RowPage<OrgRow> = pageRows(all, query.page, query.limit)
  return { all, page }
}
