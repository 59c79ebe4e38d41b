import type { SiteEvent } from '../../../domain/contract/event'
import type { SiteData } from './site'

/** getStaticPaths entries of the events routes (the list and the calendar use siteRoutes). */
export function eventRoutes(sites: SiteData[]) {
  return sites.flatMap((site) =>
    site.snapshot.events.map((event: SiteEvent) => ({
      params: { site: site.prefix, slug: event.slug },
      props: { site, event },
    })),
  )
}

/** Sites with events: only they get an events page and a calendar feed. */
export function eventSiteRoutes(sites: SiteData[]) {
  return sites
    .filter((site) => site.snapshot.events.length > 0)
    .map((site) => ({ params: { site: site.prefix }, props: { site } }))
}
