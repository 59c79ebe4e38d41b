/** The redirects of a host (old slugs of its sites' items): <host>/redirects.json. */
import { pageProps } from '../../data/pageProps'
import type { APIRoute } from 'astro'
import { staticPaths } from '../../data/staticPaths'
import { hostRoutes } from '../../data/routes'
import type { SiteData } from '../../data/site'
import type { HostGroup } from '../../lib/hosts'
import { hostRedirects } from '../../lib/redirects'

export const getStaticPaths = staticPaths(hostRoutes)

export const GET: APIRoute<{ group: HostGroup<SiteData> }> = (context) => {
  const props = pageProps<{ group: HostGroup<SiteData> }>(context)
  return new Response(`${JSON.stringify(hostRedirects(props.group.sites), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
