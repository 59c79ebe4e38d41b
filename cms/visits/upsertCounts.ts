import { sql } from 'drizzle-orm'
import type { SqlDb } from '../db/rawSql'
import type { CountTable } from './countTables'

/**
 * Rows per statement: at most 7 bound values each, far under SQLite's 32,766 and PostgreSQL's
 * 65,535 parameters, and a day's log of a big network (tens of thousands of pages) in a few
 * dozen statements.
 */
const BATCH = 1000

/**
 * Adds the rows' counts to the stored ones, one INSERT … ON CONFLICT (the unique index) DO
 * UPDATE per batch, the same text on SQLite and PostgreSQL: a new (org, day, key) is inserted,
 * an existing one gets `count = count + excluded.count`. Runs on the caller's session, so inside
 * its transaction (rawSql). A run's tally holds each key once (VisitTally's maps), as a single
 * statement must: PostgreSQL refuses to update one row twice in it.
 */
export async function upsertCounts<Row extends { org: string }>(
  db: SqlDb,
  table: CountTable<Row>,
  rows: readonly Row[],
  now: Date = new Date(),
): Promise<void> {
  if (rows.length === 0) return
  const at = now.toISOString()
  const name = sql.raw(table.table)
  const key = ['org_id', ...table.key]
  const columns = sql.raw([...key, ...table.sums, 'updated_at', 'created_at'].join(', '))
  const added = sql.raw(
    [
      ...table.sums.map((c) => `${c} = ${table.table}.${c} + excluded.${c}`),
      'updated_at = excluded.updated_at',
    ].join(', '),
  )
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows.slice(i, i + BATCH).map(
      (row) =>
        sql`(${Number(row.org)}, ${sql.join(
          [...table.key, ...table.sums].map((c) => sql`${row[c]}`),
          sql`, `,
        )}, ${at}, ${at})`,
    )
    await db.run(
      sql`INSERT INTO ${name} (${columns}) VALUES ${sql.join(values, sql`, `)}
        ON CONFLICT (${sql.raw(key.join(', '))}) DO UPDATE SET ${added}`,
    )
  }
}
