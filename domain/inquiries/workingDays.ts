/**
 * Working days in the Moscow zone (UTC+3 all year since 2014, no daylight saving), Saturdays
 * and Sundays off. Public holidays are not counted as days off: the production calendar changes
 * by decree every year, and an answer target of a few days tolerates the difference.
 */
import { DAY_MS, MOSCOW_OFFSET_MS } from '../time/moscow'

/** The Moscow calendar day of an instant, as a day number since the epoch. */
const moscowDay = (at: Date): number => Math.floor((at.getTime() + MOSCOW_OFFSET_MS) / DAY_MS)

/** 1970-01-01 was a Thursday: day 0 → 4 (Sunday = 0). */
const weekday = (day: number): number => (day + 4) % 7

const isWorkingDay = (day: number): boolean => weekday(day) !== 0 && weekday(day) !== 6

/**
 * How many working days have passed from `start` to `end`: the working days after start's
 * Moscow date up to and including end's. Received Friday evening and answered Monday → 1;
 * the same day → 0; end before start → 0.
 */
export function workingDaysBetween(start: Date, end: Date): number {
  const from = moscowDay(start)
  const to = moscowDay(end)
  if (to <= from) return 0
  const span = to - from
  let count = Math.floor(span / 7) * 5
  for (let day = from + 1 + Math.floor(span / 7) * 7; day <= to; day++) {
    if (isWorkingDay(day)) count++
  }
  return count
}

/** Whether an answer at `answeredAt` met a target of `targetDays` working days. */
export function answeredWithin(receivedAt: Date, answeredAt: Date, targetDays: number): boolean {
  return workingDaysBetween(receivedAt, answeredAt) <= targetDays
}
