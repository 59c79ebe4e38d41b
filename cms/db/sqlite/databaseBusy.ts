import { APIError } from 'payload'

export const DATABASE_BUSY_MESSAGE = 'База данных занята, повторите сохранение'

/**
 * The write could not start within the busy timeout (another process held SQLite's single write
 * lock all that time). Nothing was written: the editor may simply save again. 503, not 500.
 */
export class DatabaseBusyError extends APIError {
  readonly code = 'SQLITE_BUSY'
  constructor(waitedMs: number, cause?: unknown) {
    super(DATABASE_BUSY_MESSAGE, 503, { waitedMs }, true)
    this.name = 'DatabaseBusyError'
    if (cause) (this as { cause?: unknown }).cause = cause
  }
}

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, _RECOVERY, _TIMEOUT). */
export const isBusy = (error: unknown): boolean => {
  for (let e = error, hops = 0; e && hops < 5; e = (e as { cause?: unknown }).cause, hops++) {
    const { code, message = '' } = e as { code?: unknown; message?: string }
    if (
      (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) ||
      /database is locked/.test(message)
    )
      return true
  }
  return false
}

/** Whether `error` (or what it wraps: drizzle wraps it in "Failed query") is a DatabaseBusyError. */
export const isDatabaseBusyError = (error: unknown): boolean => {
  for (let e = error, hops = 0; e && hops < 5; e = (e as { cause?: unknown }).cause, hops++)
    if (e instanceof DatabaseBusyError) return true
  return false
}
