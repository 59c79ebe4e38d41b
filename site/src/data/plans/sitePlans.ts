import { siteRoutes, staticPageRoutes } from '../routes'
import { siteInputs } from '../pageInputs'
import { eventInputs } from '../eventInputs'
import type { Page } from '../../../../domain/contract/snapshot'
import { chrome, chromeAnd, chromeOnly, type RoutePlan, type SiteProps } from './routePlan'

/** One page or feed per site: home, contacts, structure, documents, feeds, the site's urlset. */
export const SITE_PLANS: RoutePlan[] = [
  {
    route: '/[...site]',
    type: 'page',
    entries: siteRoutes,
    // The home page's «Анонсы» block too (components/HomeEvents.astro).
    inputs: ({ site }: SiteProps) => [chromeAnd('home')({ site }), eventInputs(site).home],
  },
  { route: '/[...site]/404', type: 'page', entries: siteRoutes, inputs: chromeOnly },
  { route: '/[...site]/contacts', type: 'page', entries: siteRoutes, inputs: chromeOnly },
  { route: '/[...site]/structure', type: 'page', entries: siteRoutes, inputs: chromeOnly },
  { route: '/[...site]/documents', type: 'page', entries: siteRoutes, inputs: chromeAnd('documents') },
  { route: '/[...site]/rss.xml', type: 'endpoint', entries: siteRoutes, inputs: chromeAnd('feed') },
  { route: '/[...site]/atom.xml', type: 'endpoint', entries: siteRoutes, inputs: chromeAnd('feed') },
  {
    route: '/[...site]/sitemap-site.xml',
    type: 'endpoint',
    entries: siteRoutes,
    inputs: ({ site }: SiteProps) => siteInputs(site).sitemap,
  },
]

/** The editors' pages at any depth, through one catch-all route. */
export const STATIC_PAGE_PLANS: RoutePlan[] = [
  {
    route: '/[...path]',
    type: 'page',
    entries: staticPageRoutes,
    inputs: ({ site, page }: SiteProps & { page: Page }) => [
      chrome(site),
      siteInputs(site).outline,
      page,
    ],
  },
]
