import type { EventEntry } from '../../content/schema/eventEntry'
import { MOSCOW_OFFSET, MOSCOW_TIME_ZONE } from '../../domain/time/moscow'

const DAY_MS = 24 * 60 * 60 * 1000
/** The demo federation's zone: Moscow has kept +03:00 all year since 2014. */
const BUNDLE_OFFSET = MOSCOW_OFFSET
const BUNDLE_ZONE = MOSCOW_TIME_ZONE

/**
 * An entry's start and end as ISO moments. `inDays` counts from the day of the import in the
 * bundle's zone (the seed date), so a demo's «upcoming» events are upcoming whenever it is seeded.
 */
export function eventDates(
  entry: Pick<EventEntry, 'startsAt' | 'inDays' | 'time' | 'durationHours' | 'allDay'>,
  now: Date,
): { startsAt: string; endsAt: string | null; allDay: boolean } {
  const allDay = entry.allDay || (entry.inDays !== undefined && entry.time === undefined)
  let start: Date
  if (entry.startsAt) start = new Date(entry.startsAt)
  else {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: BUNDLE_ZONE }).format(now)
    const day = new Date(Date.parse(`${today}T00:00:00Z`) + (entry.inDays ?? 0) * DAY_MS)
    start = new Date(
      `${day.toISOString().slice(0, 10)}T${entry.time ?? '00:00'}:00${BUNDLE_OFFSET}`,
    )
  }
  const hours = entry.durationHours ?? (allDay ? 24 : undefined)
  return {
    startsAt: start.toISOString(),
    endsAt:
      hours === undefined ? null : new Date(start.getTime() + hours * 60 * 60 * 1000).toISOString(),
    allDay,
  }
}
