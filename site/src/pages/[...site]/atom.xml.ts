/** The site's Atom feed: <prefix>/atom.xml. */
import { pageProps } from '../../data/pageProps'
import type { APIRoute } from 'astro'
import { staticPaths } from '../../data/staticPaths'
import { siteRoutes } from '../../data/routes'
import type { SiteData } from '../../data/site'
import { buildAtom } from '../../lib/atom'
import { feedModel } from '../../lib/feedModel'
import { textResponse } from '../../lib/responses'

export const getStaticPaths = staticPaths(siteRoutes)

export const GET: APIRoute<{ site: SiteData }> = (context) => {
  const props = pageProps<{ site: SiteData }>(context)
  return textResponse(buildAtom(feedModel(props.site.snapshot)), 'atom')
}
