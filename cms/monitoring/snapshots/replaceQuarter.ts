import { sql } from 'drizzle-orm'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { INDICATOR_IDS } from '../../../domain/monitoring/indicatorTypes'
import { monitoringSql } from '../monitoringSql'
import { lightColumn } from './lightColumn'
import type { SnapshotRow } from './snapshotRows'

/**
 * Rows per INSERT: 25 bound values each, under SQLite's 32,766 and PostgreSQL's 65,535
 * parameters per statement, and few enough round trips for 10,000 orgs (20 statements).
 */
const BATCH = 500

const COLUMNS = sql.raw(
  [
    'org_id',
    'quarter',
    'taken_at',
    ...INDICATOR_IDS.map(lightColumn),
    'news90',
    'days_since_news',
    'updated_at',
    'created_at',
  ].join(', '),
)

/**
 * Replaces a quarter's snapshot: its old rows deleted and the new ones inserted in batches, in
 * one transaction (a reader sees the old quarter or the new one, never half). Bulk SQL, not a
 * Local API create per org: 10,000 orgs would be 10,000 round trips through the hooks.
 */
export async function replaceQuarter(
  req: PayloadRequest,
  quarter: string,
  takenAt: Date,
  rows: readonly SnapshotRow[],
): Promise<void> {
  const owns = await initTransaction(req)
  try {
    const db = await monitoringSql(req)
    await db.run(sql`DELETE FROM monitoring_snapshots WHERE quarter = ${quarter}`)
    const at = takenAt.toISOString()
    for (let i = 0; i < rows.length; i += BATCH) {
      const values = rows.slice(i, i + BATCH).map(
        (r) =>
          sql`(${r.org}, ${quarter}, ${at}, ${sql.join(
            INDICATOR_IDS.map((id) => sql`${r.lights[id]}`),
            sql`, `,
          )}, ${r.news90}, ${r.daysSinceNews}, ${at}, ${at})`,
      )
      await db.run(
        sql`INSERT INTO monitoring_snapshots (${COLUMNS}) VALUES ${sql.join(values, sql`, `)}`,
      )
    }
    if (owns) await commitTransaction(req)
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}
