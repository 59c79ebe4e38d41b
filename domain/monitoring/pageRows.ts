export interface RowPage<T> {
  rows: T[]
  page: number
  pages: number
  total: number
  limit: number
}

/** One page of already filtered and sorted rows; a page past the end comes back empty. */
export function pageRows<T>(rows: readonly T[], page: number, limit: number): RowPage<T> {
  const pages = Math.max(1, Math.ceil(rows.length / limit))
  const start = (page - 1) * limit
  return { rows: rows.slice(start, start + limit), page, pages, total: rows.length, limit }
}
