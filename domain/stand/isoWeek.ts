/**
 * ISO 8601 weeks (Monday to Sunday; week 1 holds the year's first Thursday) read on the wall
 * clock of a time zone: a stand «на неделю» is the week as the org's members live it in Moscow,
 * not in UTC, so an item published on Monday at 01:30 MSK (Sunday 22:30 UTC) opens the new week.
 */
export interface IsoWeek {
  /** The ISO week-numbering year (30 December 2024 is in 2025-W01). */
  year: number
  week: number
}

const DAY_MS = 86_400_000

const formats = new Map<string, Intl.DateTimeFormat>()

/** One formatter per zone: making one costs far more than using it (every site's plan asks). */
function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    formats.set(timeZone, format)
  }
  return format
}

function wallParts(instant: Date, timeZone: string) {
  const parts = wallClock(timeZone).formatToParts(instant)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  }
}

/** The calendar date of an instant on the wall clock of a time zone. */
export function localDate(instant: Date, timeZone: string) {
  const { year, month, day } = wallParts(instant, timeZone)
  return { year, month, day }
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms. */
function zoneOffset(instant: number, timeZone: string): number {
  const p = wallParts(new Date(instant), timeZone)
  return (
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) -
    Math.floor(instant / 1000) * 1000
  )
}

/** The instant the week begins: its Monday's midnight on the zone's wall clock. */
export function weekStartsAt(week: IsoWeek, timeZone: string): number {
  const midnight = mondayOf(week).getTime()
  const guess = midnight - zoneOffset(midnight, timeZone)
  // Once more at the guess: the offset may differ there (a daylight-saving change that night).
  return midnight - zoneOffset(guess, timeZone)
}

/** The ISO week of a calendar date (date arithmetic in UTC: no zone, no daylight saving). */
export function isoWeekOfDate(year: number, month: number, day: number): IsoWeek {
  const date = new Date(Date.UTC(year, month - 1, day))
  const weekday = date.getUTCDay() || 7
  // The Thursday of this week decides the week's year.
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY_MS)
  const weekYear = thursday.getUTCFullYear()
  const firstDay = Date.UTC(weekYear, 0, 1)
  const week = Math.floor((thursday.getTime() - firstDay) / DAY_MS / 7) + 1
  return { year: weekYear, week }
}

/** The ISO week an instant falls in on the wall clock of `timeZone`. */
export function isoWeekOf(instant: Date | string, timeZone: string): IsoWeek {
  const { year, month, day } = localDate(new Date(instant), timeZone)
  return isoWeekOfDate(year, month, day)
}

/** 52 or 53: a year has 53 weeks when 28 December is in week 53. */
export function weeksInYear(year: number): number {
  return isoWeekOfDate(year, 12, 28).week
}

/** The calendar date of the week's Monday, as a UTC midnight. */
export function mondayOf({ year, week }: IsoWeek): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const week1Monday = jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * DAY_MS
  return new Date(week1Monday + (week - 1) * 7 * DAY_MS)
}

/** The week `n` weeks after (negative: before) the given one. */
export function addWeeks(week: IsoWeek, n: number): IsoWeek {
  const monday = new Date(mondayOf(week).getTime() + n * 7 * DAY_MS)
  return isoWeekOfDate(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate())
}

export const sameWeek = (a: IsoWeek, b: IsoWeek) => a.year === b.year && a.week === b.week

/** `2026-w49`: the week's part of the stand's addresses (`<base>/stand/2026-w49.pdf`). */
export function weekLabel({ year, week }: IsoWeek): string {
  return `${year}-w${String(week).padStart(2, '0')}`
}

/** The inverse of weekLabel; null for anything else (a week 53 of a 52-week year included). */
export function parseWeekLabel(label: string): IsoWeek | null {
  const match = /^(\d{4})-w(\d{2})$/.exec(label)
  if (!match) return null
  const year = Number(match[1])
  const week = Number(match[2])
  if (year < 2000 || year > 2100 || week < 1 || week > weeksInYear(year)) return null
  return { year, week }
}

/** The week's seven days as calendar dates `YYYY-MM-DD`, Monday first. */
export function weekDays(week: IsoWeek): string[] {
  const monday = mondayOf(week).getTime()
  return Array.from({ length: 7 }, (_, i) =>
    new Date(monday + i * DAY_MS).toISOString().slice(0, 10),
  )
}
