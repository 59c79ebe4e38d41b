/** The site's own urlset: <prefix>/sitemap-site.xml, listed by its host's sitemap.xml. */
import { pageProps } from '../../data/pageProps'
import type { APIRoute } from 'astro'
import { staticPaths } from '../../data/staticPaths'
import { siteRoutes } from '../../data/routes'
import type { SiteData } from '../../data/site'
import { textResponse } from '../../lib/responses'
import { buildUrlset, sitemapEntries } from '../../lib/sitemap'

export const getStaticPaths = staticPaths(siteRoutes)

export const GET: APIRoute<{ site: SiteData }> = (context) => {
  const props = pageProps<{ site: SiteData }>(context)
  return textResponse(buildUrlset(sitemapEntries(props.site.snapshot)), 'xml')
}
