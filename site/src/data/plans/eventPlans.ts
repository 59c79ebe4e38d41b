import type { SiteEvent } from '../../../../domain/contract/event'
import { eventInputs } from '../eventInputs'
import { eventRoutes, eventSiteRoutes } from '../eventRoutes'
import { chrome, type RoutePlan, type SiteProps } from './routePlan'

/** Everything an events page or the calendar shows: the chrome and every event of the site. */
const allEvents = ({ site }: SiteProps) => [chrome(site), eventInputs(site).events]

/** The events: the list (upcoming, then «Прошедшие»), one page per event, the iCalendar feed. */
export const EVENT_PLANS: RoutePlan[] = [
  { route: '/[...site]/events', type: 'page', entries: eventSiteRoutes, inputs: allEvents },
  {
    route: '/[...site]/events/[slug]',
    type: 'page',
    entries: eventRoutes,
    // The page shows its event only (with its time zone) inside the chrome.
    inputs: ({ site, event }: SiteProps & { event: SiteEvent }) => [
      chrome(site),
      site.timeZone,
      event,
    ],
  },
  { route: '/[...site]/events.ics', type: 'endpoint', entries: eventSiteRoutes, inputs: allEvents },
]
