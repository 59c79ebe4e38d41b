import { readdirSync } from 'node:fs'
import { POSTGRES_MIGRATIONS_DIR } from '../db/databaseAdapter'

/**
 * The committed migrations this code knows, oldest first: the schema level of an archive, the
 * same whatever database made it (SQLite records no migrations).
 */
export function migrationNames(): string[] {
  return readdirSync(POSTGRES_MIGRATIONS_DIR)
    .filter((f) => /^\d{8}_\d{6}_.+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort()
}
