import { sql } from 'drizzle-orm'
import { sqlNumber, type SqlDb } from '../../db/rawSql'
import { packedRows } from './packedRows'
import { withSubtree, type SubtreeScope } from './subtreeSql'

/** Confirmed subscribers per org of the subtree: one grouped statement (organization_id, status). */
export async function subscriberCounts(
  db: SqlDb,
  root: SubtreeScope,
): Promise<Map<string, number>> {
  const rows = await packedRows(
    db,
    ['org', 'n'],
    sql`${withSubtree(root)}
    SELECT s.organization_id AS org, COUNT(*) AS n FROM sub CROSS JOIN subscribers s
    WHERE s.organization_id = sub.id AND s.status = 'confirmed'
    GROUP BY s.organization_id`,
  )
  return new Map(rows.map((r) => [String(r.org), sqlNumber(r.n)]))
}
