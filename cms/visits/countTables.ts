import type { PageCount, ReferrerCount } from './visitTally'

/**
 * The two tables of visit counts as the savers see them: the collection, its SQL table, the
 * columns of its unique index after `org` (org_id) and the counts a run adds to a stored row.
 */
export interface CountTable<Row> {
  collection: 'site-visits' | 'site-referrers'
  table: string
  key: readonly (keyof Row & string)[]
  sums: readonly (keyof Row & string)[]
}

export const PAGE_COUNTS: CountTable<PageCount> = {
  collection: 'site-visits',
  table: 'site_visits',
  key: ['day', 'path'],
  sums: ['views', 'visits'],
}

export const REFERRER_COUNTS: CountTable<ReferrerCount> = {
  collection: 'site-referrers',
  table: 'site_referrers',
  key: ['day', 'domain'],
  sums: ['visits'],
}
