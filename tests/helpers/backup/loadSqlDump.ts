import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

/** psql of the newest PostgreSQL installed (the one the suite's server runs). */
export function psqlPath(): string {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const found = versions.map((v) => join(root, v, 'bin', 'psql')).find((p) => existsSync(p))
  if (!found) throw new Error('psql is not installed (apt-get install postgresql)')
  return found
}

/** Loads a plain-SQL pg_dump (gzip'd or not) into the database at `uri`; stops at the first error. */
export function loadSqlDump(file: string, uri: string): void {
  const raw = readFileSync(file)
  const sql = file.endsWith('.gz') ? gunzipSync(raw) : raw
  const run = spawnSync(psqlPath(), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', uri, '-f', '-'], {
    input: sql,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) throw new Error(`psql failed loading ${file}: ${run.stderr}`)
}
