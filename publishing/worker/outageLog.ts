import { isTransientDatabaseError } from './transientError'

export interface OutageStep {
  /** How long to wait before the next round. */
  delayMs: number
  /** A line to log, or undefined: a long outage logs O(log n) lines, not one per round. */
  line?: string
}

const text = (error: unknown) => (error instanceof Error ? error.message : String(error))

const firstLine = (error: unknown) => text(error).split('\n')[0]!

/**
 * A failed batch in one line: the database's own reason and SQLSTATE first ("deadlock detected
 * [40P01]"), then the start of the statement drizzle names; drizzle's message alone is the whole
 * statement and its parameters, without the reason.
 */
function failure(error: unknown): string {
  const cause = rootCause(error)
  if (cause === error) return text(error)
  const code = (cause as { code?: unknown }).code
  const reason = `${firstLine(cause)}${typeof code === 'string' ? ` [${code}]` : ''}`
  const statement = firstLine(error)
  return `${reason} — ${statement.length > 120 ? `${statement.slice(0, 120)}…` : statement}`
}

/** The driver's own words ("connect ECONNREFUSED …"), not drizzle's "Failed query: <SQL>". */
function rootCause(error: unknown): unknown {
  let e = error
  for (let i = 0; i < 5 && e instanceof Error && e.cause instanceof Error; i++) e = e.cause
  return e
}

/**
 * The worker's back-off after failed rounds (database down, disk gone): waits twice as long
 * after each failure in a row, up to `maxMs`, and logs the 1st, 2nd, 4th, 8th… failure and
 * the recovery, so an hour-long outage writes a dozen lines instead of thousands.
 */
export class OutageLog {
  private failures = 0
  private since = 0

  constructor(
    private readonly baseMs: number,
    private readonly maxMs: number,
  ) {}

  failed(error: unknown, now = Date.now()): OutageStep {
    if (this.failures === 0) this.since = now
    this.failures++
    const delayMs = Math.min(this.baseMs * 2 ** (this.failures - 1), this.maxMs)
    if ((this.failures & (this.failures - 1)) !== 0) return { delayMs }
    const what = isTransientDatabaseError(error)
      ? `database unavailable (${firstLine(rootCause(error))})`
      : `batch failed: ${failure(error)}`
    const repeat = this.failures > 1 ? ` (${this.failures} failures in a row)` : ''
    return { delayMs, line: `${what}${repeat}; next try in ${(delayMs / 1000).toFixed(1)} s` }
  }

  /** A round succeeded: returns the recovery line after an outage, and resets the back-off. */
  succeeded(now = Date.now()): string | undefined {
    if (this.failures === 0) return undefined
    const line = `working again after ${((now - this.since) / 1000).toFixed(1)} s and ${this.failures} failed round(s)`
    this.failures = 0
    return line
  }
}
