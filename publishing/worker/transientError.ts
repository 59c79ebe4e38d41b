/** PostgreSQL SQLSTATEs of a server going away or not yet back: class 08 and 57P01–57P03. */
const SERVER_GONE = /^(08...|57P0[123])$/
/** Node's socket errors when the database host refuses, drops or never answers. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  // SQLite's writer lock held by another process past the busy timeout: the next round gets it.
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
])
/** The MongoDB driver's classes for a server it cannot reach or lost. */
const MONGO_GONE =
  /^Mongo(Network|NetworkTimeout|ServerSelection|NotConnected|TopologyClosed)Error$/
/**
 * node-postgres reports a dropped socket by message only, and Payload's connect rethrows a
 * refused connection as a plain Error ("cannot connect to Postgres: connect ECONNREFUSED …").
 */
const GONE_MESSAGES =
  /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN)\b|Connection terminated|connection (is )?(closed|ended)|not queryable|database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect/i

/**
 * True when `error` means "the database cannot be reached right now" rather than "this work is
 * wrong": the worker then waits and tries again instead of failing sites. drizzle and Payload
 * wrap driver errors, so the whole `cause` chain (and AggregateError's parts) is looked at.
 */
export function isTransientDatabaseError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
  const code = typeof e.code === 'string' ? e.code : ''
  if (SOCKET_CODES.has(code) || SERVER_GONE.test(code)) return true
  if (error instanceof Error && MONGO_GONE.test(error.name)) return true
  if (typeof e.message === 'string' && GONE_MESSAGES.test(e.message)) return true
  if (Array.isArray(e.errors) && e.errors.some((x) => isTransientDatabaseError(x, depth + 1)))
    return true
  return isTransientDatabaseError(e.cause, depth + 1)
}
