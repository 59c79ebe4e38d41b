import { sql } from 'drizzle-orm'
import { sqlNumber, type SqlDb } from '../../db/rawSql'
import { packedRows } from './packedRows'
import { withSubtree, type SubtreeScope } from './subtreeSql'

export interface InquiryTimes {
  answered: number
  medianHours: number | null
  withinTarget: number
}

/**
 * Per org of the subtree, over inquiries received since `since` (12 months) and answered: how
 * many, the median time to the first answer and how many within the target — in SQL, one row per
 * org. The median is the middle row(s) by ROW_NUMBER over the org's answers (window functions:
 * SQLite ≥ 3.25 and PostgreSQL alike; neither shares a percentile function with the other), so
 * a busy network's thousands of inquiries never travel to Node one by one. Only the difference
 * of two timestamps is spelled per database.
 */
export async function inquiryTimes(
  db: SqlDb,
  root: SubtreeScope,
  since: Date,
): Promise<Map<string, InquiryTimes>> {
  const seconds =
    db.dialect === 'postgres'
      ? sql`EXTRACT(EPOCH FROM (i.first_answered_at - i.received_at))`
      : sql`(julianday(i.first_answered_at) - julianday(i.received_at)) * 86400.0`
  const rows = await packedRows(
    db,
    ['org', 'answered', 'in_time', 'median_s'],
    sql`${withSubtree(root)},
    answers AS (SELECT i.organization_id AS org, ${seconds} AS s,
        CASE WHEN i.answered_within_target = true THEN 1 ELSE 0 END AS in_time
      FROM sub CROSS JOIN inquiries i
      WHERE i.organization_id = sub.id AND i.received_at >= ${since.toISOString()}
        AND i.first_answered_at IS NOT NULL),
    ranked AS (SELECT org, s, in_time,
        ROW_NUMBER() OVER (PARTITION BY org ORDER BY s) AS rn,
        COUNT(*) OVER (PARTITION BY org) AS c
      FROM answers)
    SELECT org, COUNT(*) AS answered, SUM(in_time) AS in_time,
      AVG(CASE WHEN rn IN ((c + 1) / 2, (c + 2) / 2) THEN s END) AS median_s
    FROM ranked GROUP BY org`,
  )
  return new Map(
    rows.map((r) => [
      String(r.org),
      {
        answered: sqlNumber(r.answered),
        medianHours: r.median_s === null ? null : sqlNumber(r.median_s) / 3600,
        withinTarget: sqlNumber(r.in_time),
      },
    ]),
  )
}
