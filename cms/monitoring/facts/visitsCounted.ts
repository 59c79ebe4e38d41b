import { sql } from 'drizzle-orm'
import { firstDayOf } from '../../../domain/visits/moscowDay'
import type { SqlDb } from '../../db/rawSql'
import { packedRows } from './packedRows'
import { withSubtree } from './subtreeSql'

/**
 * Whether any org of `root`'s subtree has visits counted in the last 30 Moscow days: the test
 * gatherFacts applies to a whole subtree («no visit counted anywhere: no statistics yet»), asked
 * on its own when only the root's row is computed, so that row reads the same as in its subtree.
 * EXISTS stops at the first counted row (site_visits' (org, day, path) index per org).
 */
export async function visitsCounted(db: SqlDb, root: number, now: Date): Promise<boolean> {
  const rows = await packedRows(
    db,
    ['found'],
    sql`${withSubtree(root)}
    SELECT 1 AS found FROM sub WHERE EXISTS (SELECT 1 FROM site_visits v
      WHERE v.org_id = sub.id AND v.day >= ${firstDayOf(30, now)}) LIMIT 1`,
  )
  return rows.length > 0
}
