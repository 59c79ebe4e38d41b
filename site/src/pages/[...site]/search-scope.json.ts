/** What the site's search shows of the indexes it merges: <prefix>/search-scope.json. */
import type { APIRoute } from 'astro'
import { pageProps } from '../../data/pageProps'
import { staticPaths } from '../../data/staticPaths'
import { siteRoutes } from '../../data/routes'
import type { SiteData } from '../../data/site'
import { searchScope } from '../../lib/searchScope'

export const getStaticPaths = staticPaths(siteRoutes)

export const GET: APIRoute<{ site: SiteData }> = (context) => {
  const props = pageProps<{ site: SiteData }>(context)
  return new Response(JSON.stringify(searchScope(props.site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
