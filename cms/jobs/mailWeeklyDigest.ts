import type { TaskConfig } from 'payload'
import { unlessWaiting } from './jobWaiting'
import { digestDue, weekOf } from '../../domain/mailings/digestWeek'
import { sendDigestsInChild } from '../mailings/sendDigestsInChild'

/**
 * The weekly digest: from Monday 07:00 Moscow, one message per address for the week just ended.
 * Scheduled every quarter of an hour (the schedule's clock is the server's, whatever its zone;
 * digestDue decides in Moscow time) and a no-op outside Monday's sending day. A run killed
 * half-way is finished by the next one: the delivery log skips what was sent. A job stuck
 * «processing» after a crash must not block that (Payload's default would), so only a job not
 * yet started stops another from being scheduled; two runs at once are safe (the log's claims).
 * The sending itself runs in a child process with a bounded heap (sendDigestsInChild.ts).
 */
export const mailWeeklyDigest: TaskConfig<{
  input: { week?: string | null }
  output: { week: string; sent: number; skipped: number; bounced: number }
}> = {
  slug: 'mailWeeklyDigest',
  label: 'Рассылка: новости за неделю',
  inputSchema: [{ name: 'week', type: 'text' }],
  outputSchema: [
    { name: 'week', type: 'text' },
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
    { name: 'bounced', type: 'number' },
  ],
  retries: 3,
  schedule: [
    {
      cron: '0 */15 * * * *',
      queue: 'default',
      hooks: {
        beforeSchedule: unlessWaiting('mailWeeklyDigest'),
      },
    },
  ],
  handler: async ({ input }) => {
    // An explicit week («2026-W49» is given as any instant inside it) sends that one, else the due one.
    const week = input.week ? weekOf(new Date(input.week)) : digestDue(new Date())
    if (!week) return { output: { week: '', sent: 0, skipped: 0, bounced: 0 } }
    const { sent, skipped, bounced } = await sendDigestsInChild(week)
    return { output: { week: week.key, sent, skipped, bounced } }
  },
}
