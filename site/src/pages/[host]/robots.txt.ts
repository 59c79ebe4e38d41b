/** robots.txt of a host: <host>/robots.txt, pointing at the host's sitemap index. */
import { pageProps } from '../../data/pageProps'
import type { APIRoute } from 'astro'
import { staticPaths } from '../../data/staticPaths'
import { hostRoutes } from '../../data/routes'
import type { SiteData } from '../../data/site'
import { hostFileUrl, type HostGroup } from '../../lib/hosts'
import { textResponse } from '../../lib/responses'
import { buildRobots } from '../../lib/robots'

export const getStaticPaths = staticPaths(hostRoutes)

export const GET: APIRoute<{ group: HostGroup<SiteData> }> = (context) => {
  const props = pageProps<{ group: HostGroup<SiteData> }>(context)
  return textResponse(buildRobots(hostFileUrl(props.group.origin, 'sitemapIndex')), 'text')
}
