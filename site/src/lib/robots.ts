/**
 * robots.txt of a host. Everything may be crawled: 404 pages carry `noindex` themselves, and a
 * Disallow would hide that from crawlers. The sitemap line must be an absolute URL.
 */
export function buildRobots(sitemapIndexUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapIndexUrl}`, ''].join('\n')
}
