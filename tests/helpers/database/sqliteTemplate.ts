import { createClient, type Client } from '@libsql/client'
import { databaseUri } from '../../../cms/db/databaseUri'

/** Tables a reset leaves alone (resetDatabase.ts): SQLite's own and the migrations'. */
const COPIED = `type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'payload_migrations'`

/**
 * Runs `fn` on a connection of its own to the database Payload uses: Payload's client hands its
 * connection to each transaction, and ATTACH cannot run inside one. In WAL mode Payload's
 * connections see what this one commits at their next read.
 */
async function onOwnConnection<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: databaseUri() })
  try {
    await client.execute('PRAGMA busy_timeout = 10000')
    return await fn(client)
  } finally {
    client.close()
  }
}

/** A consistent copy of the whole database file (WAL included) at `file`. */
export function saveSqliteTemplate(file: string): Promise<void> {
  return onOwnConnection(async (c) => {
    await c.execute({ sql: 'VACUUM INTO ?', args: [file] })
  })
}

/**
 * Makes every table but the migrations' hold exactly the rows of the copy at `file`, in one
 * write transaction. Foreign keys are off on this connection (they are per connection), so no
 * ON DELETE action fires and the copy's rows, consistent among themselves, go in in any order;
 * ids continue from the copy's largest, as after the publish that made it.
 */
export function restoreSqliteTemplate(file: string): Promise<void> {
  return onOwnConnection(async (c) => {
    await c.execute('PRAGMA foreign_keys = OFF')
    await c.execute({ sql: 'ATTACH DATABASE ? AS template', args: [file] })
    try {
      const tables = (await c.execute(`SELECT name FROM template.sqlite_master WHERE ${COPIED}`))
        .rows
      const sequence = await c.execute(
        `SELECT 1 FROM template.sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`,
      )
      await c.execute('BEGIN IMMEDIATE')
      try {
        for (const { name } of tables) {
          await c.execute(`DELETE FROM main."${String(name)}"`)
          await c.execute(
            `INSERT INTO main."${String(name)}" SELECT * FROM template."${String(name)}"`,
          )
        }
        // AUTOINCREMENT counters, should a table have one.
        if (sequence.rows.length > 0) {
          await c.execute('DELETE FROM main.sqlite_sequence')
          await c.execute('INSERT INTO main.sqlite_sequence SELECT * FROM template.sqlite_sequence')
        }
        await c.execute('COMMIT')
      } catch (error) {
        await c.execute('ROLLBACK')
        throw error
      }
    } finally {
      await c.execute('DETACH DATABASE template')
    }
  })
}
