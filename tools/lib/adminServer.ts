import path from 'node:path'
import type { Config } from '../../config'
import { PROJECT_ROOT } from '../../config/paths'

/**
 * How a launcher serves the admin: `build` serves the production build (`next start`, made by
 * ensureAdminBuild), `dev` runs `next dev` for a developer who edits the admin (every route
 * compiles on its first visit, and again after each edit).
 */
export type AdminMode = 'build' | 'dev'

/** Any line of this in the admin's output means a route was compiled on demand. */
export const COMPILING = /\bCompil(ing|ed)\b/

export interface AdminServerCommand {
  command: string
  args: string[]
  /** Added to the launcher's environment. */
  env: Record<string, string>
}

/**
 * The admin's process on `port`, jobs running in it (JOBS_AUTORUN, one runner). `next start`
 * runs with NODE_ENV=production, where only SERVER_URL (and TRUSTED_ORIGINS) may use the login
 * cookie: unless the launcher's settings name them, they are the address it prints, on both
 * spellings of the loopback.
 */
export function adminServerCommand(
  mode: AdminMode,
  port: number,
  settings: Pick<Config, 'SERVER_URL' | 'TRUSTED_ORIGINS'>,
): AdminServerCommand {
  const env: Record<string, string> = { JOBS_AUTORUN: '1', NEXT_TELEMETRY_DISABLED: '1' }
  if (mode === 'build') {
    env.SERVER_URL = settings.SERVER_URL ?? `http://localhost:${port}`
    env.TRUSTED_ORIGINS = settings.TRUSTED_ORIGINS ?? `http://127.0.0.1:${port}`
  }
  return {
    command: path.join(PROJECT_ROOT, 'node_modules', '.bin', 'next'),
    args: [mode === 'dev' ? 'dev' : 'start', 'cms', '--port', String(port)],
    env,
  }
}
