/** The site's events as an iCalendar feed: <prefix>/events.ics (sites with events only). */
import type { APIRoute } from 'astro'
import { pageProps } from '../../data/pageProps'
import { staticPaths } from '../../data/staticPaths'
import { eventSiteRoutes } from '../../data/eventRoutes'
import type { SiteData } from '../../data/site'
import { eventCalendar } from '../../lib/eventCalendar'

export const getStaticPaths = staticPaths(eventSiteRoutes)

export const GET: APIRoute<{ site: SiteData }> = (context) => {
  const { site } = pageProps<{ site: SiteData }>(context)
  return new Response(eventCalendar(site.snapshot, site.timeZone), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  })
}
