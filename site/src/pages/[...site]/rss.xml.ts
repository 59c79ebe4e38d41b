/** The site's RSS 2.0 feed: <prefix>/rss.xml. */
import { pageProps } from '../../data/pageProps'
import type { APIRoute } from 'astro'
import { staticPaths } from '../../data/staticPaths'
import { siteRoutes } from '../../data/routes'
import type { SiteData } from '../../data/site'
import { feedModel } from '../../lib/feedModel'
import { textResponse } from '../../lib/responses'
import { buildRss } from '../../lib/rss'

export const getStaticPaths = staticPaths(siteRoutes)

export const GET: APIRoute<{ site: SiteData }> = (context) => {
  const props = pageProps<{ site: SiteData }>(context)
  return textResponse(buildRss(feedModel(props.site.snapshot)), 'rss')
}
