import { digest, siteInputs } from './pageInputs'
import {
  archiveRoutes,
  articleRoutes,
  firstPages,
  hostRoutes,
  laterPages,
  newsListRoutes,
  rubricFeedRoutes,
  rubricListRoutes,
  siteRoutes,
  staticPageRoutes,
  type ArchivePage,
  type ListPage,
} from './routes'
import type { SiteData } from './site'
import type { HostGroup } from '../lib/hosts'
import type { Category, FeedItem, Page } from '../../../domain/contract/snapshot'

/** One output file of a build: which route renders it, with what, and the key of its inputs. */
export interface PlannedPage {
  /** Astro's route pattern, e.g. `/[...site]/news/[slug]`. */
  route: string
  type: 'page' | 'endpoint'
  /** The request path the route answers, e.g. `/mfp.localhost/news/x/`. */
  pathname: string
  /** The file under the output folder, e.g. `mfp.localhost/news/x/index.html`. */
  file: string
  props: object
  /** Changes whenever anything the page renders changes (the renderer adds its code's id). */
  key: string
}

interface Entry {
  params: Record<string, string | undefined>
  props: object
}

interface RoutePlan {
  route: string
  type: PlannedPage['type']
  entries: (sites: SiteData[]) => Entry[]
  /** Every input of one page, as digests of site parts plus the page's own props. */
  inputs: (props: never) => unknown
}

type SiteProps = { site: SiteData }
const chrome = (site: SiteData) => siteInputs(site).chrome
/** An archive page shows the years (its navigation) and its own slice of one year. */
const archivePage = ({ site, year, page }: ArchivePage) => [
  chrome(site),
  siteInputs(site).archiveYears,
  year.year,
  page,
]
const list = ({ site, page, rubric }: ListPage) => [
  chrome(site),
  siteInputs(site).rubrics,
  siteInputs(site).archiveYears,
  rubric ?? null,
  page,
]
/** Pages that show the chrome and one more part of the site. */
const chromeAnd =
  (part: 'home' | 'feed' | 'documents') =>
  ({ site }: SiteProps) => [chrome(site), siteInputs(site)[part]]
const chromeOnly = ({ site }: SiteProps) => chrome(site)
const rubricFeed = ({ site, rubric }: SiteProps & { rubric: Category }) => [
  chrome(site),
  rubric,
  siteInputs(site).rubricFeeds.get(rubric.slug),
]

/**
 * Every route of src/pages with the entries its getStaticPaths returns (the same functions) and
 * the inputs of its pages. tests/site/built/renderer.ts fails on a route missing here.
 */
export const ROUTE_PLANS: RoutePlan[] = [
  {
    route: '/[host]/robots.txt',
    type: 'endpoint',
    entries: hostRoutes,
    inputs: ({ group }: { group: HostGroup<SiteData> }) => group.origin,
  },
  {
    route: '/[host]/sitemap.xml',
    type: 'endpoint',
    entries: hostRoutes,
    inputs: ({ group }: { group: HostGroup<SiteData> }) =>
      group.sites.map((site) => siteInputs(site).sitemap),
  },
  {
    route: '/[host]/redirects.json',
    type: 'endpoint',
    entries: hostRoutes,
    inputs: ({ group }: { group: HostGroup<SiteData> }) =>
      group.sites.map((site) => [site.snapshot.site, site.snapshot.redirects]),
  },
  {
    route: '/[...site]',
    type: 'page',
    entries: siteRoutes,
    inputs: chromeAnd('home'),
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
  {
    route: '/[...site]/news',
    type: 'page',
    entries: (sites) => firstPages(newsListRoutes(sites)),
    inputs: list,
  },
  {
    route: '/[...site]/news/page/[n]',
    type: 'page',
    entries: (sites) => laterPages(newsListRoutes(sites)),
    inputs: list,
  },
  {
    route: '/[...site]/news/archive/[year]',
    type: 'page',
    entries: (sites) => firstPages(archiveRoutes(sites)),
    inputs: archivePage,
  },
  {
    route: '/[...site]/news/archive/[year]/page/[n]',
    type: 'page',
    entries: (sites) => laterPages(archiveRoutes(sites)),
    inputs: archivePage,
  },
  {
    route: '/[...site]/news/rubric/[rubric]',
    type: 'page',
    entries: (sites) => firstPages(rubricListRoutes(sites)),
    inputs: list,
  },
  {
    route: '/[...site]/news/rubric/[rubric]/page/[n]',
    type: 'page',
    entries: (sites) => laterPages(rubricListRoutes(sites)),
    inputs: list,
  },
  {
    route: '/[...site]/news/rubric/[rubric]/rss.xml',
    type: 'endpoint',
    entries: rubricFeedRoutes,
    inputs: rubricFeed,
  },
  {
    route: '/[...site]/news/rubric/[rubric]/atom.xml',
    type: 'endpoint',
    entries: rubricFeedRoutes,
    inputs: rubricFeed,
  },
  {
    route: '/[...site]/news/[slug]',
    type: 'page',
    entries: articleRoutes,
    inputs: ({ site, item }: SiteProps & { item: FeedItem }) => [chrome(site), item],
  },
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

/** `/[...site]/news/[slug]` with `{ site: 'a.localhost', slug: 'x' }` → `/a.localhost/news/x/`. */
export function pathnameOf(route: string, params: Entry['params'], type: PlannedPage['type']) {
  const filled = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => params[name] ?? '')
  return type === 'page' ? `${filled.replace(/\/$/, '')}/` : filled
}

/** Every file of the given sites (all sites of each host they are on), as the static build makes them. */
export function planPages(sites: SiteData[]): PlannedPage[] {
  return ROUTE_PLANS.flatMap((plan) =>
    plan.entries(sites).map(({ params, props }) => {
      const pathname = pathnameOf(plan.route, params, plan.type)
      return {
        route: plan.route,
        type: plan.type,
        pathname,
        file: plan.type === 'page' ? `${pathname.slice(1)}index.html` : pathname.slice(1),
        props,
        key: digest([plan.route, (plan.inputs as (p: object) => unknown)(props)]),
      }
    }),
  )
}
