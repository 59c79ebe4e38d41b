import type { TaskConfig } from 'payload'
import { MonitoringNeedsSql, monitoringAvailable } from '../monitoring/monitoringSql'
import { snapshotDue } from '../monitoring/snapshots/snapshotDue'
import { takeSnapshot } from '../monitoring/snapshots/takeSnapshot'

/**
 * The monitoring's quarterly snapshot (issue 18): on each quarter's first Moscow day the whole
 * network's lights are written as the quarter just ended; «Снять срез сейчас» queues the same
 * job for the current quarter. The schedule's clock is the server's, whatever its zone: it
 * looks every hour and snapshotDue decides in Moscow time. No input: what a run records
 * depends only on when it runs, never on a request. On MongoDB (no SQL for the facts) it is
 * never scheduled and a queued run ends at once: a log line, not a failure retried forever.
 */
export const snapshotMonitoring: TaskConfig<{
  input: Record<string, never>
  output: { quarter: string; orgs: number }
}> = {
  slug: 'snapshotMonitoring',
  label: 'Мониторинг: квартальный срез',
  inputSchema: [],
  outputSchema: [
    { name: 'quarter', type: 'text' },
    { name: 'orgs', type: 'number' },
  ],
  retries: 2,
  schedule: [
    {
      cron: '0 7 * * * *',
      queue: 'default',
      hooks: {
        beforeSchedule: async ({ req }) => {
          const due = await snapshotDue(req, new Date())
          if (due && !monitoringAvailable(req.payload)) {
            req.payload.logger.warn(
              `snapshotMonitoring skipped: ${new MonitoringNeedsSql().message}`,
            )
            return { shouldSchedule: false, input: {} }
          }
          return { shouldSchedule: due, input: {} }
        },
      },
    },
  ],
  handler: async ({ req }) => {
    if (!monitoringAvailable(req.payload)) {
      req.payload.logger.warn(`snapshotMonitoring skipped: ${new MonitoringNeedsSql().message}`)
      return { output: { quarter: '', orgs: 0 } }
    }
    return { output: await takeSnapshot(req.payload) }
  },
}
