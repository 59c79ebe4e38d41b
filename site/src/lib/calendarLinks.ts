import type { Snapshot } from '../../../domain/contract/snapshot'
import type { FeedLink } from './feedLinks'
import { eventPaths, EVENT_UI } from './eventPaths'
import { absoluteUrl } from './urls'

/** The site's calendar feed, for <link rel="alternate" type="text/calendar"> and a visible link. */
export function calendarLinks(snapshot: Pick<Snapshot, 'org' | 'site'>): FeedLink[] {
  const siteName = snapshot.org.shortName ?? snapshot.org.name
  return [
    {
      format: 'ical',
      type: 'text/calendar',
      label: EVENT_UI.calendar,
      title: EVENT_UI.calendarTitle(siteName),
      href: absoluteUrl(snapshot.site, eventPaths.calendar),
    },
  ]
}
