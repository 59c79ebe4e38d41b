import type { TaskConfig } from 'payload'
import { snapshotDue } from '../monitoring/snapshots/snapshotDue'
import { takeSnapshot } from '../monitoring/snapshots/takeSnapshot'

/**
 * The monitoring's quarterly snapshot (issue 18): on each quarter's first Moscow day the whole
 * network's lights are written as the quarter just ended; «Снять срез сейчас» queues the same
 * job for the current quarter. The schedule's clock is the server's, whatever its zone: it
 * looks every hour and snapshotDue decides in Moscow time. No input: what a run records
 * depends only on when it runs, never on a request.
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
        beforeSchedule: async ({ req }) => ({
          shouldSchedule: await snapshotDue(req, new Date()),
          input: {},
        }),
      },
    },
  ],
  handler: async ({ req }) => ({ output: await takeSnapshot(req.payload) }),
}
