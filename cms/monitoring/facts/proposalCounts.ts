import { sql } from 'drizzle-orm'
import { sqlNumber, type SqlDb } from '../../db/rawSql'
import { packedRows } from './packedRows'
import { withSubtree, type SubtreeScope } from './subtreeSql'

/**
 * Proposals each org of the subtree sent upward since `since` (the quarter's start) and how many
 * were accepted: one grouped statement over the from_organization_id index.
 */
export async function proposalCounts(
  db: SqlDb,
  root: SubtreeScope,
  since: Date,
): Promise<Map<string, { sent: number; accepted: number }>> {
  const rows = await packedRows(
    db,
    ['org', 'sent', 'accepted'],
    sql`${withSubtree(root)}
    SELECT q.from_organization_id AS org, COUNT(*) AS sent,
      SUM(CASE WHEN q.status = 'accepted' THEN 1 ELSE 0 END) AS accepted
    FROM sub CROSS JOIN proposals q
    WHERE q.from_organization_id = sub.id AND q.created_at >= ${since.toISOString()}
    GROUP BY q.from_organization_id`,
  )
  return new Map(
    rows.map((r) => [String(r.org), { sent: sqlNumber(r.sent), accepted: sqlNumber(r.accepted) }]),
  )
}
