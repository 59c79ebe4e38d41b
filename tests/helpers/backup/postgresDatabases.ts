import { inject } from 'vitest'
import { startPostgresServer, type PostgresServer } from '../../../tools/lib/postgresServer'

export interface PostgresDatabases {
  /** A new empty database; returns its URI. */
  create(): Promise<string>
  close(): Promise<void>
}

/**
 * PostgreSQL for a test that needs it on every run: the int suite's server when it runs on
 * PostgreSQL, otherwise a throw-away server of this test's own (on its own port).
 */
export async function postgresDatabases(port = 54337): Promise<PostgresDatabases> {
  const given = inject('postgresUri')
  let server: PostgresServer | undefined
  const admin = given || (server = startPostgresServer(port)).uri
  const { default: pg } = await import('pg')
  const names: string[] = []
  const query = async (text: string) => {
    const client = new pg.Client({ connectionString: admin })
    await client.connect()
    try {
      await client.query(text)
    } finally {
      await client.end()
    }
  }
  return {
    async create() {
      const name = `us_backup_${process.pid}_${names.length}_${Date.now().toString(36)}`
      await query(`CREATE DATABASE ${name}`)
      names.push(name)
      return admin.replace(/\/[^/?]*(\?|$)/, `/${name}$1`)
    },
    async close() {
      for (const name of names) await query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      server?.stop()
    },
  }
}
