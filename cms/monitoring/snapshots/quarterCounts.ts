import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'
import { INDICATOR_IDS, type Light } from '../../../domain/monitoring/indicatorTypes'
import type { TrendCount } from '../../../domain/monitoring/trendShares'
import { sqlNumber } from '../../db/rawSql'
import { monitoringSql } from '../monitoringSql'
import { withSubtree, type SubtreeScope } from '../facts/subtreeSql'
import { lightColumn } from './lightColumn'

const LIGHTS: readonly Light[] = ['green', 'amber', 'red', 'none']

/**
 * The stored quarters' counts of orgs per indicator and light over a subtree (or one org), in
 * one statement grouped by quarter: the database adds up the rows, never the server (a
 * federation's 10,000 orgs times its quarters stay in the database). Who may read is the
 * caller's check (monitoredOrg).
 */
export async function quarterCounts(
  req: PayloadRequest,
  scope: SubtreeScope,
): Promise<TrendCount[]> {
  const db = await monitoringSql(req)
  const sums = INDICATOR_IDS.flatMap((id) =>
    LIGHTS.map(
      (light) =>
        `SUM(CASE WHEN s.${lightColumn(id)} = '${light}' THEN 1 ELSE 0 END) AS "${id}_${light}"`,
    ),
  ).join(',\n')
  const rows = await db.run(
    sql`${withSubtree(scope)} SELECT s.quarter AS quarter, ${sql.raw(sums)}
        FROM sub CROSS JOIN monitoring_snapshots s WHERE s.org_id = sub.id
        GROUP BY s.quarter ORDER BY s.quarter`,
  )
  const counts: TrendCount[] = []
  for (const row of rows)
    for (const indicator of INDICATOR_IDS)
      for (const light of LIGHTS) {
        const orgs = sqlNumber(row[`${indicator}_${light}`])
        if (orgs > 0) counts.push({ quarter: String(row.quarter), indicator, light, orgs })
      }
  return counts
}
