import { DAY_MS, moscowDay } from '../time/moscow'

/** The calendar day in Moscow of an instant, `2026-12-07`: the day visits are counted in. */
export { moscowDay }

/** The Moscow day `days - 1` days before `now`'s, so that [it, today] spans `days` days. */
export function firstDayOf(days: number, now: Date): string {
  return moscowDay(new Date(now.getTime() - (days - 1) * DAY_MS))
}
