/** The site's own urlset: <prefix>/sitemap-site.xml, listed by its host's sitemap.xml. */
import { pageProps } from '../../data/pageProps'
import type { APIRoute, GetStaticPaths } from 'astro'
import { loadSites } from '../../data/loadSites'
import { siteRoutes } from '../../data/routes'
import type { SiteData } from '../../data/site'
import { textResponse } from '../../lib/responses'
import { buildUrlset, sitemapEntries } from '../../lib/sitemap'

export const getStaticPaths = (async () => siteRoutes(await loadSites())) satisfies GetStaticPaths

export const GET: APIRoute<{ site: SiteData }> = (context) => {
  const props = pageProps<{ site: SiteData }>(context)
  return textResponse(buildUrlset(sitemapEntries(props.site.snapshot)), 'xml')
}
