/** robots.txt of a host: <host>/robots.txt, pointing at the host's sitemap index. */
import { pageProps } from '../../data/pageProps'
import type { APIRoute, GetStaticPaths } from 'astro'
import { loadSites } from '../../data/loadSites'
import { hostRoutes } from '../../data/routes'
import type { SiteData } from '../../data/site'
import { hostFileUrl, type HostGroup } from '../../lib/hosts'
import { textResponse } from '../../lib/responses'
import { buildRobots } from '../../lib/robots'

export const getStaticPaths = (async () => hostRoutes(await loadSites())) satisfies GetStaticPaths

export const GET: APIRoute<{ group: HostGroup<SiteData> }> = (context) => {
  const props = pageProps<{ group: HostGroup<SiteData> }>(context)
  return textResponse(buildRobots(hostFileUrl(props.group.origin, 'sitemapIndex')), 'text')
}
