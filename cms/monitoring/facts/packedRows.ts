import { sql, type SQL } from 'drizzle-orm'
import type { SqlDb, SqlRow } from '../../db/rawSql'

/**
 * Runs `inner` (a statement whose columns are `columns`) and returns its rows, packed by the
 * database into one JSON array: SQLite's driver builds every row cell by cell (about 2 µs a
 * cell), which for 10,000 orgs × a dozen columns cost more than the queries themselves. Only
 * the aggregate's name differs between the two databases.
 */
export async function packedRows(
  db: SqlDb,
  columns: readonly string[],
  inner: SQL,
): Promise<SqlRow[]> {
  const cells = sql.raw(columns.map((c) => `t.${c}`).join(', '))
  const packed =
    db.dialect === 'postgres'
      ? sql`SELECT COALESCE(json_agg(json_build_array(${cells})), '[]'::json) AS packed FROM (${inner}) t`
      : sql`SELECT json_group_array(json_array(${cells})) AS packed FROM (${inner}) t`
  const [row] = await db.run(packed)
  const value = row?.packed
  const arrays = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as unknown[][]
  return arrays.map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i]])))
}
