/** The sitemap index of a host: <host>/sitemap.xml, one entry per site on the host. */
import { pageProps } from '../../data/pageProps'
import type { APIRoute, GetStaticPaths } from 'astro'
import { loadSites } from '../../data/loadSites'
import { hostRoutes } from '../../data/routes'
import type { SiteData } from '../../data/site'
import type { HostGroup } from '../../lib/hosts'
import { textResponse } from '../../lib/responses'
import { buildSitemapIndex, sitemapRef } from '../../lib/sitemap'

export const getStaticPaths = (async () => hostRoutes(await loadSites())) satisfies GetStaticPaths

export const GET: APIRoute<{ group: HostGroup<SiteData> }> = (context) => {
  const props = pageProps<{ group: HostGroup<SiteData> }>(context)
  return textResponse(
    buildSitemapIndex(props.group.sites.map((s) => sitemapRef(s.snapshot))),
    'xml',
  )
}
