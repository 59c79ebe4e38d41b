/** The sitemap index of a host: <host>/sitemap.xml, one entry per site on the host. */
import { pageProps } from '../../data/pageProps'
import type { APIRoute } from 'astro'
import { staticPaths } from '../../data/staticPaths'
import { hostRoutes } from '../../data/routes'
import type { SiteData } from '../../data/site'
import type { HostGroup } from '../../lib/hosts'
import { textResponse } from '../../lib/responses'
import { buildSitemapIndex, sitemapRef } from '../../lib/sitemap'

export const getStaticPaths = staticPaths(hostRoutes)

export const GET: APIRoute<{ group: HostGroup<SiteData> }> = (context) => {
  const props = pageProps<{ group: HostGroup<SiteData> }>(context)
  return textResponse(
    buildSitemapIndex(props.group.sites.map((s) => sitemapRef(s.snapshot))),
    'xml',
  )
}
