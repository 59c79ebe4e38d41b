import { readConfig } from '../../config'

/** A development-only secret so the demo starts with no set-up; production must set its own. */
export const DEV_SECRET = 'union-sites-development-secret-do-not-use-in-production'

/** Shorter secrets can be brute-forced offline from one signed token. */
export const MIN_SECRET_LENGTH = 32

/** Raw environment text (tests) or the parsed configuration, whose UNION_SITES_DEV is a boolean. */
interface SecretSettings {
  readonly NODE_ENV?: string
  readonly UNION_SITES_DEV?: string | boolean
  readonly PAYLOAD_SECRET?: string
}

/**
 * Development mode must be asked for: Next's dev server and vitest set NODE_ENV, and `npm start`,
 * the demo builds, the e2e stack and the benchmarks set UNION_SITES_DEV=1. Anything else — an
 * unset NODE_ENV, 'staging', 'prod', a typo — counts as production, so a forgotten variable can
 * never make a public server sign logins with the published development secret.
 */
export function isDevelopmentMode(env: SecretSettings): boolean {
  const dev = env.UNION_SITES_DEV
  return env.NODE_ENV === 'development' || env.NODE_ENV === 'test' || dev === '1' || dev === true
}

/** The secret to sign logins with, or an error saying what to set. */
export function resolveSecret(env: SecretSettings): string {
  const secret = env.PAYLOAD_SECRET
  if (isDevelopmentMode(env)) return secret || DEV_SECRET
  if (!secret) {
    throw new Error(
      'PAYLOAD_SECRET is not set. Set it to a long random string (at least 32 characters, e.g. `openssl rand -hex 32`), or UNION_SITES_DEV=1 on a development machine.',
    )
  }
  if (secret === DEV_SECRET) {
    throw new Error('PAYLOAD_SECRET is the published development secret. Set your own random one.')
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `PAYLOAD_SECRET is too short (${secret.length} characters): use at least ${MIN_SECRET_LENGTH} random characters.`,
    )
  }
  return secret
}

export function payloadSecret(): string {
  return resolveSecret(readConfig())
}
