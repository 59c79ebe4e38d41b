import type { TaskConfig } from 'payload'
import { unlessWaiting } from './jobWaiting'
import { sendMonitoringReminders } from '../monitoring/reminders/sendMonitoringReminders'

/**
 * The monitoring's reminders (issue 18): on Monday from 09:00 Moscow (after the digest's 07:00)
 * each org's editors and admins get what is red or amber for their org; on the 1st of the month
 * each territorial organization's admins a summary of their ППО. Scheduled every quarter of an
 * hour (the schedule's clock is the server's; the periods are decided in Moscow time) and a
 * no-op otherwise or once the period's fan-out finished (sendMonitoringReminders). As with the
 * digest, only a job not yet started stops another from being scheduled, so a job stuck
 * «processing» after a crash does not block the next; two at once are safe (the log's claims).
 */
export const mailMonitoringReminders: TaskConfig<{
  input: { at?: string | null }
  output: { week: string; month: string; queued: number; skipped: number }
}> = {
  slug: 'mailMonitoringReminders',
  label: 'Мониторинг: напоминания и сводки по почте',
  // `at`: the instant to act as «now» (a platform admin re-running a missed Monday; tests).
  inputSchema: [{ name: 'at', type: 'text' }],
  outputSchema: [
    { name: 'week', type: 'text' },
    { name: 'month', type: 'text' },
    { name: 'queued', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  retries: 3,
  schedule: [
    {
      cron: '0 */15 * * * *',
      queue: 'default',
      hooks: {
        beforeSchedule: unlessWaiting('mailMonitoringReminders'),
      },
    },
  ],
  handler: async ({ input, req }) => {
    const at = input.at ? new Date(input.at) : new Date()
    if (Number.isNaN(at.getTime())) throw new Error(`mailMonitoringReminders: bad «at» ${input.at}`)
    return { output: await sendMonitoringReminders(req, at) }
  },
}
