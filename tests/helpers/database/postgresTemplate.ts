import type { Payload } from 'payload'
import { SqlSession } from '../../../cms/backup/sqlSession'
import { sqlAdapter } from '../../../cms/backup/sqlTables'

export interface PostgresTemplate {
  /** The schema, beside Payload's in the same database, holding a copy of each table. */
  schema: string
  tables: string[]
  /** Each sequence's last value (null when never used), as the publish left it. */
  sequences: { name: string; last: string | null }[]
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * Copies every table but the migrations' into a schema of its own in Payload's database.
 * A template database (CREATE DATABASE … TEMPLATE) would need Payload's pool disconnected; a
 * copy beside it is read back by one INSERT … SELECT per table. Returns undefined when the
 * user cannot restore it (session_replication_role needs a superuser: the suite's own server
 * has one; a TEST_POSTGRES_URI may not).
 */
export async function savePostgresTemplate(
  payload: Payload,
  schema: string,
): Promise<PostgresTemplate | undefined> {
  const session = SqlSession.of(sqlAdapter(payload))
  return session.transaction('write', async (s) => {
    const [role] = await s.raw(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)
    if (role?.rolsuper !== true) return undefined
    const rows = await s.raw(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'payload_migrations'`,
    )
    const tables = rows.map((r) => String(r.name))
    await s.raw(`DROP SCHEMA IF EXISTS ${quote(schema)} CASCADE`)
    await s.raw(`CREATE SCHEMA ${quote(schema)}`)
    for (const t of tables)
      await s.raw(`CREATE TABLE ${quote(schema)}.${quote(t)} AS TABLE ${quote(t)}`)
    const sequences = await s.raw(
      `SELECT sequencename AS name, last_value AS last FROM pg_sequences WHERE schemaname = current_schema()`,
    )
    return {
      schema,
      tables,
      sequences: sequences.map((r) => ({
        name: String(r.name),
        last: r.last === null ? null : String(r.last),
      })),
    }
  })
}

/**
 * Makes Payload's tables hold exactly the template's rows and its sequences continue where the
 * publish left them, in one transaction. Foreign-key triggers are off for it
 * (session_replication_role = replica): the rows are consistent among themselves, and tables
 * that reference each other could not go in one after the other.
 */
export async function restorePostgresTemplate(
  payload: Payload,
  template: PostgresTemplate,
): Promise<void> {
  const session = SqlSession.of(sqlAdapter(payload))
  await session.transaction('write', async (s) => {
    await s.raw(`SET LOCAL session_replication_role = replica`)
    if (template.tables.length > 0)
      await s.raw(`TRUNCATE ${template.tables.map(quote).join(', ')} RESTART IDENTITY CASCADE`)
    for (const t of template.tables)
      await s.raw(
        `INSERT INTO ${quote(t)} OVERRIDING SYSTEM VALUE SELECT * FROM ${quote(template.schema)}.${quote(t)}`,
      )
    for (const { name, last } of template.sequences)
      await s.raw(
        last === null
          ? `SELECT setval('${quote(name)}', 1, false)`
          : `SELECT setval('${quote(name)}', ${Number(last)}, true)`,
      )
  })
}
