import type { TaskConfig } from 'payload'
import { unlessWaiting } from './jobWaiting'
import { accessLogFile } from '../../config/accessLogFile'
import { aggregateVisitLog } from '../visits/aggregateVisitLog'

/**
 * Every five minutes: the sites' access log (ACCESS_LOG; nginx's in production, the preview
 * server's under `npm start`) counted into site-visits and site-referrers from where the last
 * run stopped. No input: the file is the operator's setting, never a request's. Only a job not
 * yet started stops another from being scheduled (one stuck «processing» after a crash must not
 * stop the counting); of two runs at once only one counts (cursorUnchanged.ts).
 */
export const aggregateVisits: TaskConfig<{
  input: Record<string, never>
  output: { lines: number; views: number; malformed: number }
}> = {
  slug: 'aggregateVisits',
  label: 'Подсчёт посещений сайтов',
  inputSchema: [],
  outputSchema: [
    { name: 'lines', type: 'number' },
    { name: 'views', type: 'number' },
    { name: 'malformed', type: 'number' },
  ],
  retries: 1,
  schedule: [
    {
      cron: '0 */5 * * * *',
      queue: 'default',
      hooks: {
        beforeSchedule: unlessWaiting('aggregateVisits'),
      },
    },
  ],
  handler: async ({ req }) => ({ output: await aggregateVisitLog(req, accessLogFile()) }),
}
