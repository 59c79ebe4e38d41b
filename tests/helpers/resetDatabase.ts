import type { Payload } from 'payload'
import { SqlSession } from '../../cms/backup/sqlSession'
import { sqlAdapter } from '../../cms/backup/sqlTables'

/**
 * Empties every table but the migrations' in one write transaction, so a process that booted
 * Payload once can give the next test file a database as fresh as a new one: ids start at 1 again
 * (SQLite numbers from the largest id left, PostgreSQL's sequences are restarted).
 */
export async function resetDatabase(payload: Payload): Promise<void> {
  const session = SqlSession.of(sqlAdapter(payload))
  await session.transaction('write', async (s) => {
    if (session.dialect === 'postgres') {
      const rows = await s.raw(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'payload_migrations'`,
      )
      if (rows.length > 0)
        await s.raw(
          `TRUNCATE ${rows.map((r) => `"${String(r.name)}"`).join(', ')} RESTART IDENTITY CASCADE`,
        )
      return
    }
    const rows = await s.raw(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'payload_migrations'`,
    )
    // Referencing tables first: deleting a referenced row would fire ON DELETE SET NULL into a
    // NOT NULL column (foreign_keys cannot be switched off inside a transaction).
    const names = rows.map((r) => String(r.name))
    const references = new Map<string, string[]>()
    for (const name of names) {
      const keys = await s.raw(`PRAGMA foreign_key_list("${name}")`)
      references.set(
        name,
        keys.map((k) => String(k.table)).filter((t) => t !== name),
      )
    }
    const done = new Set<string>()
    const visit = (name: string, path: Set<string>) => {
      if (done.has(name) || path.has(name)) return
      path.add(name)
      // A table is emptied after every table that references it.
      for (const [other, targets] of references) if (targets.includes(name)) visit(other, path)
      path.delete(name)
      done.add(name)
    }
    for (const name of names) visit(name, new Set())
    for (const name of done) await s.raw(`DELETE FROM "${name}"`)
  })
}
