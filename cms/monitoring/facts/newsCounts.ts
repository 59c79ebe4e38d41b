import { sql } from 'drizzle-orm'
import { sqlDate, sqlNumber, type SqlDb } from '../../db/rawSql'
import { packedRows } from './packedRows'
import { withSubtree, type SubtreeScope } from './subtreeSql'

export interface NewsCounts {
  last7: number
  last30: number
  last90: number
  thisWeek: number
  lastAt: Date | null
}

const DAY = 86_400_000

/**
 * Own published posts per org of the subtree: counts in the 7/30/90-day windows and since the
 * stand's week began (a range of the (organization_id, published_at) index per org), and the
 * newest (the same index read backwards, first published row). Scheduled posts (dated after
 * `now`) do not count yet. One statement; orgs without any post are absent.
 */
export async function newsCounts(
  db: SqlDb,
  root: SubtreeScope,
  now: Date,
  weekStart: Date,
): Promise<Map<string, NewsCounts>> {
  const at = (ms: number) => new Date(now.getTime() - ms).toISOString()
  const until = now.toISOString()
  const rows = await packedRows(
    db,
    ['org', 'n7', 'n30', 'n90', 'week', 'last_at'],
    sql`${withSubtree(root)},
    recent AS (SELECT p.organization_id AS org,
        SUM(CASE WHEN p.published_at >= ${at(7 * DAY)} THEN 1 ELSE 0 END) AS n7,
        SUM(CASE WHEN p.published_at >= ${at(30 * DAY)} THEN 1 ELSE 0 END) AS n30,
        COUNT(*) AS n90,
        SUM(CASE WHEN p.published_at >= ${weekStart.toISOString()} THEN 1 ELSE 0 END) AS week
      FROM sub CROSS JOIN posts p
      WHERE p.organization_id = sub.id AND p.published_at >= ${at(90 * DAY)}
        AND p.published_at <= ${until} AND p._status = 'published'
      GROUP BY p.organization_id),
    latest AS (SELECT sub.id AS org, (SELECT p.published_at FROM posts p
        WHERE p.organization_id = sub.id AND p.published_at <= ${until} AND p._status = 'published'
        ORDER BY p.published_at DESC LIMIT 1) AS last_at
      FROM sub)
    SELECT l.org, r.n7, r.n30, r.n90, r.week, l.last_at
    FROM latest l LEFT JOIN recent r ON r.org = l.org`,
  )
  // Orgs without a post are dropped here, not by `WHERE l.last_at IS NOT NULL`: PostgreSQL
  // pushed that test into `latest` and ran the per-org subquery twice, once to filter, once to read.
  return new Map(
    rows
      .filter((r) => r.last_at !== null && r.last_at !== undefined)
      .map((r) => [
        String(r.org),
        {
          last7: sqlNumber(r.n7),
          last30: sqlNumber(r.n30),
          last90: sqlNumber(r.n90),
          thisWeek: sqlNumber(r.week),
          lastAt: r.last_at ? new Date(sqlDate(r.last_at)) : null,
        },
      ]),
  )
}
