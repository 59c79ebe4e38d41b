import type { Payload } from 'payload'
import { bootPayload } from '../../cms/lib/bootPayload'

const messageOf = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error)

/**
 * The life of a command that works on the CMS: boots Payload, runs `work`, prints a failure as
 * `describeFailure` words it (exit code 1), closes Payload and ends the process — Payload leaves
 * handles open (database pool, job timers) that would otherwise keep it alive.
 */
export async function runWithPayload(
  work: (payload: Payload) => Promise<void>,
  describeFailure: (error: unknown) => string = messageOf,
): Promise<never> {
  const payload = await bootPayload()
  try {
    await work(payload)
  } catch (error) {
    console.error(describeFailure(error))
    process.exitCode = 1
  } finally {
    await payload.destroy()
  }
  process.exit()
}
