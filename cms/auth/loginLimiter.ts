import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { databaseRateLimiter } from './databaseRateLimiter'

/**
 * How many login attempts are allowed before the answer becomes "wrong e-mail or password"
 * whatever the password (rate-limiter-flexible's brute-force pattern):
 * - per address and client IP: stops guessing one account's password from one place, without
 *   locking the owner out — the owner signs in from their own address, and a successful login
 *   clears the count for that address and IP;
 * - per client IP across all addresses: stops one place from trying many accounts.
 * Nothing is counted per account alone, so nobody can lock anybody else out (the old lockout
 * after 10 failures did exactly that).
 */
export const LOGIN_LIMITS = {
  perAddressAndIp: { points: 5, duration: 15 * 60 },
  perIp: { points: 50, duration: 60 * 60 },
} as const

export interface LoginLimiters {
  byAddressAndIp: RateLimiterAbstract
  byIp: RateLimiterAbstract
  /** Which store counts: the project's database, or process memory (MongoDB). */
  store: 'database' | 'memory'
}

const cache = new WeakMap<Payload, LoginLimiters>()

export function loginLimiters(payload: Payload): LoginLimiters {
  let limiters = cache.get(payload)
  if (!limiters) {
    const byAddressAndIp = databaseRateLimiter(
      payload,
      'login-address-ip',
      LOGIN_LIMITS.perAddressAndIp,
    )
    limiters = {
      byAddressAndIp,
      byIp: databaseRateLimiter(payload, 'login-ip', LOGIN_LIMITS.perIp),
      store: byAddressAndIp instanceof RateLimiterMemory ? 'memory' : 'database',
    }
    cache.set(payload, limiters)
  }
  return limiters
}

export const addressKey = (email: string, ip: string) => `${email.trim().toLowerCase()}|${ip}`

/** Counts one attempt; false when this address and IP, or this IP, has used up its attempts. */
export async function takeLoginAttempt(
  payload: Payload,
  email: string,
  ip: string,
): Promise<boolean> {
  const { byAddressAndIp, byIp } = loginLimiters(payload)
  const results = await Promise.allSettled([
    byAddressAndIp.consume(addressKey(email, ip)),
    byIp.consume(ip),
  ])
  return results.every((r) => {
    if (r.status === 'fulfilled') return true
    if (r.reason instanceof RateLimiterRes) return false
    throw r.reason
  })
}

/** After a successful login: this address and IP starts afresh, and the IP gets its point back. */
export async function forgetLoginAttempts(
  payload: Payload,
  email: string,
  ip: string,
): Promise<void> {
  const { byAddressAndIp, byIp } = loginLimiters(payload)
  await Promise.all([byAddressAndIp.delete(addressKey(email, ip)), byIp.reward(ip)])
}
