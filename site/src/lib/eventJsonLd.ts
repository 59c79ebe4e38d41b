import type { SiteEvent } from '../../../domain/contract/event'
import { shareImage } from '../../../domain/contract/shareImage'
import type { Snapshot } from '../../../domain/contract/snapshot'
import { eventPaths } from './eventPaths'
import { localDay } from './eventFormat'
import { absoluteUrl, fileUrl } from './urls'

type JsonLd = Record<string, unknown>

const MODE = 'https://schema.org/'

/** How readers attend: on site, online, or both (schema.org eventAttendanceMode). */
function attendance(event: SiteEvent): string {
  if (event.place && event.onlineUrl) return `${MODE}MixedEventAttendanceMode`
  return event.onlineUrl ? `${MODE}OnlineEventAttendanceMode` : `${MODE}OfflineEventAttendanceMode`
}

/**
 * schema.org Event for an event page: dates, attendance mode, a Place and/or VirtualLocation,
 * the origin org as organizer. A received event's canonical page is on its origin's site.
 */
export function eventJsonLd(
  snapshot: Pick<Snapshot, 'site'>,
  event: SiteEvent,
  timeZone: string,
): JsonLd {
  const { site } = snapshot
  const own = absoluteUrl(site, eventPaths.event(event.slug))
  const locations = [
    event.place ? { '@type': 'Place', name: event.place, address: event.place } : undefined,
    event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined,
  ].filter(Boolean)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.lead || undefined,
    // An all-day event is a date in the site's zone, not a UTC moment.
    startDate: event.allDay ? localDay(event.startsAt, timeZone) : event.startsAt,
    endDate: event.allDay ? undefined : event.endsAt,
    eventStatus: `${MODE}EventScheduled`,
    eventAttendanceMode: attendance(event),
    location: locations.length === 1 ? locations[0] : locations,
    image: event.cover ? [fileUrl(site, shareImage(event.cover).url)] : undefined,
    url: event.provenance.isOwn ? own : event.provenance.canonicalUrl,
    organizer: {
      '@type': 'Organization',
      name: event.provenance.orgName,
      // The origin's home page: its canonical event URL without «events/<slug>/».
      url: event.provenance.canonicalUrl.replace(/events\/[^/]+\/$/, ''),
    },
    offers: event.registrationUrl
      ? { '@type': 'Offer', url: event.registrationUrl, price: 0, priceCurrency: 'RUB' }
      : undefined,
  }
}
