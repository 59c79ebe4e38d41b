import type { Payload } from 'payload'
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { databaseRateLimiter } from '../auth/databaseRateLimiter'
import { FORM_SETTINGS, type FormLimitName } from './formSettings'

type Limits = Record<FormLimitName, RateLimiterAbstract>

const cache = new WeakMap<Payload, Limits>()

/**
 * The form's counters, each under a key prefix of its own in the login limiter's table: one
 * table of counters in the project's database, shared by every process.
 */
function limiters(payload: Payload): Limits {
  let built = cache.get(payload)
  if (!built) {
    const names = Object.keys(FORM_SETTINGS.limits) as FormLimitName[]
    built = Object.fromEntries(
      names.map((n) => [n, databaseRateLimiter(payload, `form-${n}`, FORM_SETTINGS.limits[n])]),
    ) as Limits
    cache.set(payload, built)
  }
  return built
}

/**
 * Takes one point from the named limit for `key`: null when allowed, else the seconds until the
 * next point comes back (for Retry-After).
 */
export async function takeFormPoint(
  payload: Payload,
  name: FormLimitName,
  key: string,
): Promise<number | null> {
  try {
    await limiters(payload)[name].consume(key)
    return null
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    throw error
  }
}
