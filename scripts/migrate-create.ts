/**
 * Writes a PostgreSQL migration for the current collections: `npm run migrate:create -- <name>`.
 * Uses DATABASE_URI when it is a postgres:// URI, otherwise a throw-away local server, which is
 * migrated to the latest committed migration first so the new one holds only the difference.
 */
import { spawnSync } from 'node:child_process'
import { configValue, readDeveloperConfig } from '../config'
import { startPostgresServer } from '../tools/lib/postgresServer'

const name = process.argv[2] ?? 'change'
const uri = configValue('DATABASE_URI')
const given = uri?.startsWith('postgres') ? uri : undefined
const server = given ? undefined : startPostgresServer(readDeveloperConfig().MIGRATE_PG_PORT)
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
