import ical, { ICalEventStatus } from 'ical-generator'
import type { SiteEvent } from '../../../domain/contract/event'
import type { Snapshot } from '../../../domain/contract/snapshot'
import { eventPaths, EVENT_UI } from './eventPaths'
import { localDay } from './eventFormat'
import { absoluteUrl } from './urls'

const PRODUCT = { company: 'Union Sites', product: 'Анонсы', language: 'RU' }

/** An all-day event's day as a Date at UTC midnight: ical-generator writes it as a DATE value. */
const dayOf = (iso: string, timeZone: string) => new Date(`${localDay(iso, timeZone)}T00:00:00Z`)

/** The day after an all-day event's last day (DTEND of a DATE is exclusive). */
function dayAfter(event: SiteEvent, timeZone: string): Date {
  const last = Math.max(Date.parse(event.endsAt) - 1, Date.parse(event.startsAt))
  const day = dayOf(new Date(last).toISOString(), timeZone)
  return new Date(day.getTime() + 24 * 60 * 60 * 1000)
}

/**
 * The site's events as an iCalendar feed (ical-generator). Times are written in UTC, which every
 * client converts, with the site's zone named (X-WR-TIMEZONE) for the calendar's display:
 * ical-generator has no zone database for a VTIMEZONE, and a TZID without one is read as
 * floating time. The UID is the event's id on its origin's host, the same on every site, so a
 * reader subscribed to two sites sees one event; its URL is the page on the reader's site.
 * DTSTAMP is the event's last edit, so that the same snapshot always gives the same bytes.
 */
export function eventCalendar(
  snapshot: Pick<Snapshot, 'org' | 'site' | 'events'>,
  timeZone: string,
): string {
  const siteName = snapshot.org.shortName ?? snapshot.org.name
  const calendar = ical({
    name: EVENT_UI.calendarTitle(siteName),
    prodId: PRODUCT,
    url: absoluteUrl(snapshot.site, eventPaths.list),
    x: [['X-WR-TIMEZONE', timeZone]],
  })
  for (const event of snapshot.events) calendar.createEvent(eventEntry(snapshot, event, timeZone))
  return calendar.toString()
}

function eventEntry(snapshot: Pick<Snapshot, 'site'>, event: SiteEvent, timeZone: string) {
  const origin = new URL(event.provenance.canonicalUrl).hostname
  const description = [
    event.lead,
    event.onlineUrl && `${EVENT_UI.onlineLink}: ${event.onlineUrl}`,
    event.registrationUrl && `${EVENT_UI.register}: ${event.registrationUrl}`,
    `${EVENT_UI.eventOf}: ${event.provenance.orgName}`,
  ]
    .filter(Boolean)
    .join('\n\n')
  return {
    id: `event-${event.provenance.orgId}-${event.id}@${origin}`,
    summary: event.title,
    start: event.allDay ? dayOf(event.startsAt, timeZone) : new Date(event.startsAt),
    end: event.allDay ? dayAfter(event, timeZone) : new Date(event.endsAt),
    allDay: event.allDay,
    stamp: new Date(event.updatedAt),
    lastModified: new Date(event.updatedAt),
    location: event.place ?? event.onlineUrl ?? null,
    description,
    url: absoluteUrl(snapshot.site, eventPaths.event(event.slug)),
    status: ICalEventStatus.CONFIRMED,
  }
}
