import type { SiteEvent } from '../../../domain/contract/event'
import { LOCALE } from '../consts'
import { boundedMemo } from './boundedMemo'

const formats = new Map<string, Intl.DateTimeFormat>()

function format(kind: 'day' | 'time', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`
  let f = formats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(
      LOCALE,
      kind === 'day'
        ? { day: 'numeric', month: 'long', year: 'numeric', timeZone }
        : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone },
    )
    formats.set(key, f)
  }
  return f
}

const memo = boundedMemo(4096)

/** The event's calendar day in the site's zone, as YYYY-MM-DD (all-day events, iCalendar). */
export function localDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(iso))
}

/**
 * When an event takes place, in Russian, in the site's time zone (never the build machine's):
 * «12 марта 2027 г., 10:00–13:00», «12 марта 2027 г., 10:00 — 14 марта 2027 г., 18:00»,
 * «1 мая 2027 г.» for an all-day event of one day.
 */
export function formatEventWhen(
  event: Pick<SiteEvent, 'startsAt' | 'endsAt' | 'allDay'>,
  timeZone: string,
): string {
  const { startsAt, endsAt, allDay } = event
  return memo(`${timeZone} ${startsAt} ${endsAt} ${allDay}`, () => {
    const day = (iso: string) => format('day', timeZone).format(new Date(iso))
    const time = (iso: string) => format('time', timeZone).format(new Date(iso))
    if (allDay) {
      // An all-day event ends at the midnight after its last day.
      const lastDay = new Date(Math.max(Date.parse(startsAt), Date.parse(endsAt) - 1)).toISOString()
      const first = day(startsAt)
      const last = day(lastDay)
      return first === last ? first : `${first} — ${last}`
    }
    if (startsAt === endsAt) return `${day(startsAt)}, ${time(startsAt)}`
    if (day(startsAt) === day(endsAt)) return `${day(startsAt)}, ${time(startsAt)}–${time(endsAt)}`
    return `${day(startsAt)}, ${time(startsAt)} — ${day(endsAt)}, ${time(endsAt)}`
  })
}

/** Upcoming events (soonest first) and past ones (latest first), as the snapshot orders them. */
export function splitEvents<E extends Pick<SiteEvent, 'ended'>>(events: readonly E[]) {
  return { upcoming: events.filter((e) => !e.ended), past: events.filter((e) => e.ended) }
}
