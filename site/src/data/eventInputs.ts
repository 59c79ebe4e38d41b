import { digest } from './pageInputs'
import type { SiteData } from './site'

/** Upcoming events on the home page's «Анонсы» block. */
export const HOME_EVENTS_COUNT = 3

export interface EventInputs {
  /** Every event the site shows (the events page, the calendar feed). */
  events: string
  /** The home page's block: the next HOME_EVENTS_COUNT upcoming events. */
  home: string
}

const memo = new WeakMap<SiteData, EventInputs>()

/** Digests of the site's events for the page keys (see pageInputs.ts), once per site. */
export function eventInputs(site: SiteData): EventInputs {
  const cached = memo.get(site)
  if (cached) return cached
  const { events } = site.snapshot
  const inputs = {
    events: digest([site.timeZone, events]),
    home: digest([
      site.timeZone,
      events.filter((e) => !e.ended).slice(0, HOME_EVENTS_COUNT),
    ]),
  }
  memo.set(site, inputs)
  return inputs
}
