import type { Payload } from 'payload'
import { isTransientDatabaseError } from './transientError'

export interface BootWaitOptions {
  /** Give up (throw the last error) after this long without a database; 0 = never wait. */
  maxWaitMs: number
  log?: (line: string) => void
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

const FIRST_DELAY_MS = 1000
const MAX_DELAY_MS = 15_000
/** While waiting, a line now and then says the worker is alive and what it waits for. */
const REMIND_EVERY_MS = 60_000

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/^(Error: )+/, '')

/**
 * Starts Payload, waiting with back-off while the database cannot be reached: after a reboot the
 * worker may come up before PostgreSQL, and a failover takes a while. Exiting at once would leave
 * the sites unpublished as soon as a supervisor gives up restarting. Any other error (a wrong
 * password, a bad config) is thrown at once: waiting would not mend it.
 */
export async function bootWhenReady(
  boot: () => Promise<Payload>,
  { maxWaitMs, log = console.log, sleep = wait, now = Date.now }: BootWaitOptions,
): Promise<Payload> {
  const started = now()
  let delay = FIRST_DELAY_MS
  let remindedAt = -Infinity
  for (;;) {
    try {
      const payload = await boot()
      if (remindedAt > -Infinity)
        log(`Database reachable after ${((now() - started) / 1000).toFixed(0)} s`)
      return payload
    } catch (error) {
      const waited = now() - started
      if (!isTransientDatabaseError(error) || waited + delay > maxWaitMs) throw error
      if (now() - remindedAt >= REMIND_EVERY_MS) {
        log(
          `Waiting for the database (${reason(error)}); retrying, up to ${Math.round(maxWaitMs / 1000)} s in all`,
        )
        remindedAt = now()
      }
      await sleep(delay)
      delay = Math.min(delay * 2, MAX_DELAY_MS)
    }
  }
}
