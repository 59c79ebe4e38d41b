/**
 * Moscow's calendar, which the unions work by (weeks, months, quarters, deadlines, visit days):
 * the one place for its offset, its zone's name and the Russian month names of its dates.
 * Moscow has kept UTC+3 all year since 2014 (no daylight saving), so a fixed offset is exact and
 * far cheaper than Intl in the loops that use it (a rule run per org, a log line per view).
 */
export const MOSCOW_TIME_ZONE = 'Europe/Moscow'
export const MOSCOW_OFFSET = '+03:00'
export const MOSCOW_OFFSET_MS = 3 * 3_600_000
export const DAY_MS = 86_400_000

/** The months in the genitive, as a Russian date says them: «7 декабря», «1 апреля». */
export const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const

/** The instant shifted to Moscow's wall clock: read it with the getUTC… methods. */
export const moscowClock = (at: Date): Date => new Date(at.getTime() + MOSCOW_OFFSET_MS)

/** The Moscow calendar day of an instant, `2026-12-07`. */
export const moscowDay = (at: Date): string => moscowClock(at).toISOString().slice(0, 10)

/** 00:00 in Moscow of a calendar day `YYYY-MM-DD`. */
export const moscowMidnight = (day: string): Date => new Date(`${day}T00:00:00${MOSCOW_OFFSET}`)

/** «1 апреля»: a day of a month (1–12) in Russian. */
export const dayOfMonthLabel = (day: number, month: number): string =>
  `${day} ${MONTHS_GENITIVE[month - 1]}`

/** «7 декабря 2026»: the Moscow date of an instant in Russian. */
export function moscowDateLabel(at: Date): string {
  const d = moscowClock(at)
  return `${dayOfMonthLabel(d.getUTCDate(), d.getUTCMonth() + 1)} ${d.getUTCFullYear()}`
}
