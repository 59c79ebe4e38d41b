import type { SqlSession } from './sqlSession'

interface ForeignKey {
  tbl: string
  conname: string
  def: string
}

/**
 * Rows arrive table by table, but organizations and media point at each other and pages at
 * their parent pages: no table order satisfies every foreign key while inserting. PostgreSQL's
 * keys here are not deferrable, and switching triggers off needs a superuser, so they are
 * dropped inside the restore's transaction and re-created before it commits — which checks
 * every row against them. Returns the function that re-creates them.
 */
export async function suspendForeignKeys(session: SqlSession): Promise<() => Promise<void>> {
  const keys = (await session.raw(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
       FROM pg_constraint
      WHERE contype = 'f' AND connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
      ORDER BY 1, 2`,
  )) as unknown as ForeignKey[]
  for (const k of keys) await session.raw(`ALTER TABLE ${k.tbl} DROP CONSTRAINT "${k.conname}"`)
  return async () => {
    for (const k of keys) {
      await session.raw(`ALTER TABLE ${k.tbl} ADD CONSTRAINT "${k.conname}" ${k.def}`)
    }
  }
}

/** After explicit ids, each serial sequence must continue after the largest one restored. */
export async function resetSequence(session: SqlSession, table: string): Promise<void> {
  const name = `"${table.replace(/"/g, '""')}"`
  await session.raw(
    `SELECT setval(pg_get_serial_sequence('${name.replace(/'/g, "''")}', 'id'),
                   COALESCE((SELECT MAX(id) FROM ${name}), 0) + 1, false)`,
  )
}
