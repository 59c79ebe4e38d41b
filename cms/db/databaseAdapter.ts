import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { configValue } from '../../config'
import { PROJECT_ROOT } from '../../config/paths'
import { databaseKind } from './databaseKind'
import { postgresOnConnect } from './postgresOnConnect'

export const POSTGRES_MIGRATIONS_DIR = resolve(PROJECT_ROOT, 'cms/migrations')

/**
 * Only the adapter in use is imported: each costs 1–3 s of start-up.
 * SQLite pushes its schema (embedded, disposable; how it writes: sqlite/sqliteAdapter.ts);
 * PostgreSQL runs the committed migrations after every connect (see postgresOnConnect); MongoDB
 * needs no schema.
 */
export async function databaseAdapter(uri: string): Promise<DatabaseAdapterObj> {
  switch (databaseKind(uri)) {
    case 'sqlite': {
      const path = uri.replace(/^file:/, '')
      mkdirSync(dirname(resolve(path)), { recursive: true })
      const { sqliteDatabaseAdapter } = await import('./sqlite/sqliteAdapter')
      return sqliteDatabaseAdapter(uri)
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      return postgresOnConnect(
        postgresAdapter({
          pool: {
            connectionString: uri,
            max: configValue('DATABASE_POOL_MAX'),
            // No JIT compilation: the monitoring's aggregates over 10,000 orgs are estimated
            // dear enough to be compiled, which took 1.2 s of a 1.3 s statement whose own work
            // is 0.1 s. Every query of this product is short; none gains from JIT.
            // random_page_cost 1.1, the usual value for SSDs (the default 4 models spinning
            // disks): with 4 the review backlog read each ancestor's whole year through a bitmap
            // scan and a sort, 2,988 times, where walking (organization_id, published_at) in
            // order stops at the first waiting item (1,334 ms → 83 ms at 10,000 orgs).
            options: '-c jit=off -c random_page_cost=1.1',
          },
          push: false,
          migrationDir: POSTGRES_MIGRATIONS_DIR,
        }),
      )
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url: uri })
    }
  }
}
