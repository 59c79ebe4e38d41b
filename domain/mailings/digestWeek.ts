import { DAY_MS, MOSCOW_OFFSET_MS, moscowClock } from '../time/moscow'

/** The digest goes out on Monday from this hour (Moscow time). */
export const DIGEST_HOUR_MSK = 7

export interface DigestWeek {
  /** ISO week of the items, `2026-W49`: the delivery log's key, one digest per address and week. */
  key: string
  /** Monday 00:00 Moscow of that week, inclusive. */
  from: Date
  /** The next Monday 00:00 Moscow, exclusive. */
  to: Date
}

/** The ISO week (Monday to Sunday, Moscow time) that contains `at`. */
export function weekOf(at: Date): DigestWeek {
  const local = moscowClock(at)
  const weekday = (local.getUTCDay() + 6) % 7 // Monday 0
  const mondayLocal =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - weekday * DAY_MS
  const from = new Date(mondayLocal - MOSCOW_OFFSET_MS)
  // ISO week-numbering year: the year of the week's Thursday.
  const thursday = new Date(mondayLocal + 3 * DAY_MS)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1
  return {
    key: `${year}-W${String(week).padStart(2, '0')}`,
    from,
    to: new Date(from.getTime() + 7 * DAY_MS),
  }
}

/**
 * The week whose digest is due at `now`, or null: from Monday 07:00 Moscow until the end of that
 * Monday the week just ended is due. The scheduled job runs every quarter of an hour and sends
 * only what the delivery log does not hold yet, so a run killed at 07:05 is finished at 07:15.
 */
export function digestDue(now: Date): DigestWeek | null {
  const current = weekOf(now)
  const sinceMonday = now.getTime() - current.from.getTime()
  if (sinceMonday < DIGEST_HOUR_MSK * 3600_000 || sinceMonday >= DAY_MS) return null
  return weekOf(new Date(current.from.getTime() - 1))
}
