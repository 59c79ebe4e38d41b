/** The site's Atom feed: <prefix>/atom.xml. */
import { pageProps } from '../../data/pageProps'
import type { APIRoute, GetStaticPaths } from 'astro'
import { loadSites } from '../../data/loadSites'
import { siteRoutes } from '../../data/routes'
import type { SiteData } from '../../data/site'
import { buildAtom } from '../../lib/atom'
import { feedModel } from '../../lib/feedModel'
import { textResponse } from '../../lib/responses'

export const getStaticPaths = (async () => siteRoutes(await loadSites())) satisfies GetStaticPaths

export const GET: APIRoute<{ site: SiteData }> = (context) => {
  const props = pageProps<{ site: SiteData }>(context)
  return textResponse(buildAtom(feedModel(props.site.snapshot)), 'atom')
}
