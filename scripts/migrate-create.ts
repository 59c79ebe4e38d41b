/**
 * Writes a PostgreSQL migration for the current collections: `npm run migrate:create -- <name>`.
 * Uses DATABASE_URI when it is a postgres:// URI, otherwise a throw-away local server, which is
 * migrated to the latest committed migration first so the new one holds only the difference.
 */
import { spawnSync } from 'node:child_process'
import { startPostgresServer } from './lib/postgresServer'

const name = process.argv[2] ?? 'change'
const given = process.env.DATABASE_URI?.startsWith('postgres')
  ? process.env.DATABASE_URI
  : undefined
const server = given ? undefined : startPostgresServer(Number(process.env.MIGRATE_PG_PORT ?? 54339))
try {
  const result = spawnSync('payload', ['migrate:create', name], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URI: given ?? server!.uri,
      PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts',
      // Writing a migration signs nothing: the development secret will do.
      UNION_SITES_DEV: '1',
    },
  })
  process.exitCode = result.status ?? 1
} finally {
  server?.stop()
}
