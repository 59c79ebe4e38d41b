import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'
import { rawSql } from './rawSql'

interface TableNames {
  tableNameMap?: Map<string, string>
}

/** Payload's table of a collection: its slug in snake case, as the drizzle adapters name it. */
function tableOf(req: PayloadRequest, slug: string): string | undefined {
  const snake = slug.replace(/-/g, '_')
  return (req.payload.db as unknown as TableNames).tableNameMap?.get(snake)
}

/**
 * Locks a document's row for the rest of the request's transaction and says whether it still
 * exists: PostgreSQL `SELECT … FOR UPDATE` (a delete committed before waits for nothing and is
 * seen; one that comes later waits for this save), SQLite a no-op UPDATE, since only a write takes
 * its database lock. `undefined` where the adapter is not SQL (MongoDB updates in place).
 */
export async function lockRow(
  req: PayloadRequest,
  slug: string,
  id: number | string,
): Promise<boolean | undefined> {
  const db = await rawSql(req)
  const table = tableOf(req, slug)
  if (!db || !table) return undefined
  const name = sql.identifier(table)
  const rows =
    db.dialect === 'postgres'
      ? await db.run(sql`SELECT "id" FROM ${name} WHERE "id" = ${id} FOR UPDATE`)
      : await db.run(sql`UPDATE ${name} SET "id" = "id" WHERE "id" = ${id} RETURNING "id"`)
  return rows.length > 0
}
