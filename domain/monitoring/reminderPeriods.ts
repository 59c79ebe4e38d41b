import { weekOf } from '../mailings/digestWeek'
import { moscowClock as local, moscowDateLabel } from '../time/moscow'

/** The reminders go out from this hour (Moscow), after the weekly digest's 07:00. */
export const REMINDER_HOUR_MSK = 9

export interface ReminderPeriod {
  /** The delivery log's key part: `2026-W50` (ISO week, Moscow) or `2026-12` (month, Moscow). */
  key: string
  /** As a letter says it: «7 декабря 2026». */
  dateLabel: string
}

/**
 * The week whose reminder is due at `now`, or null: on Monday (Moscow) from 09:00 to midnight
 * the current ISO week is due. The job runs every quarter of an hour and the delivery log
 * holds what went out, so reruns that day send nothing more and a run killed half-way is finished.
 */
export function weeklyReminderDue(now: Date): ReminderPeriod | null {
  const d = local(now)
  if (d.getUTCDay() !== 1 || d.getUTCHours() < REMINDER_HOUR_MSK) return null
  return { key: weekOf(now).key, dateLabel: moscowDateLabel(now) }
}

/** The month whose territorial summary is due at `now`: the 1st (Moscow) from 09:00; else null. */
export function monthlySummaryDue(now: Date): ReminderPeriod | null {
  const d = local(now)
  if (d.getUTCDate() !== 1 || d.getUTCHours() < REMINDER_HOUR_MSK) return null
  return { key: monthKey(now), dateLabel: moscowDateLabel(now) }
}

/** `2026-12`: the Moscow month of `at`. */
export function monthKey(at: Date): string {
  const d = local(at)
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}
