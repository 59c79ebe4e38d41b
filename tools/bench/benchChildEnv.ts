import { join } from 'node:path'

/** A benchmark child's environment: its own data folder and SQLite file in `dir`, quiet logs. */
export function benchChildEnv(dir: string, env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATA_DIR: dir,
    DATABASE_URI: `file:${join(dir, 'bench.db')}`,
    LOG_LEVEL: 'warn',
    ...env,
  }
}
