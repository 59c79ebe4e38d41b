/** Moscow keeps UTC+3 all year (no daylight saving since 2014): a fixed offset is exact. */
const MOSCOW_OFFSET_MS = 3 * 3600_000

/** The calendar day in Moscow of an instant, `2026-12-07`: the day visits are counted in. */
export function moscowDay(at: Date): string {
  return new Date(at.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 10)
}

/** The Moscow day `days - 1` days before `now`'s, so that [it, today] spans `days` days. */
export function firstDayOf(days: number, now: Date): string {
  return moscowDay(new Date(now.getTime() - (days - 1) * 86_400_000))
}
