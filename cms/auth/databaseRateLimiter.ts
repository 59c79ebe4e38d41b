import type { Payload } from 'payload'
import {
  RateLimiterDrizzle,
  RateLimiterMemory,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'
import { pgLoginLimits, sqliteLoginLimits } from './loginLimitTable'

/**
 * A rate limiter counting in the project's own database, shared by every process (admin, worker,
 * a second admin instance) and surviving a restart. The store is drizzle's, on the SQLite
 * (libsql) and PostgreSQL adapters' own connections: rate-limiter-flexible's RateLimiterSQLite
 * wants sqlite3/better-sqlite3, not libsql, so RateLimiterDrizzle is the one store that fits
 * both. Every limiter shares the one counters table (key, points, expire), each under its own
 * key prefix. MongoDB (optional, not in the default tests) counts in memory, and memory takes
 * over if the table is missing or the database errs (insuranceLimiter) rather than letting every
 * request fail.
 */
export function databaseRateLimiter(
  payload: Payload,
  keyPrefix: string,
  limits: { points: number; duration: number },
): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix, ...limits })
  const db = payload.db as unknown as { name: string; drizzle?: unknown }
  if (!db.drizzle || (db.name !== 'sqlite' && db.name !== 'postgres')) return memory
  return new RateLimiterDrizzle({
    keyPrefix,
    ...limits,
    storeClient: db.drizzle,
    schema: db.name === 'sqlite' ? sqliteLoginLimits : pgLoginLimits,
    insuranceLimiter: memory,
  })
}
