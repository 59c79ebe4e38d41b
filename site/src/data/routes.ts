import { NEWS_LIST_MAX, NEWS_PAGE_SIZE } from '../consts'
import { groupByHost } from '../lib/hosts'
import { paginate, type PageSlice } from '../lib/pagination'
import { routeParam } from '../lib/urls'
import type { Category, FeedItem, Page } from '../../../domain/contract/snapshot'
import type { SiteData } from './site'
import type { ArchiveYear } from '../lib/archive'

/**
 * getStaticPaths entries of every route, as pure functions of the loaded sites. Props carry
 * references into the in-memory snapshots (no copies), so memory stays one copy per site.
 */

export function siteRoutes(sites: SiteData[]) {
  return sites.map((site) => ({ params: { site: site.prefix }, props: { site } }))
}

export interface ListPage {
  site: SiteData
  page: PageSlice<FeedItem>
  rubric?: Category
}

export function newsListRoutes(sites: SiteData[]) {
  return sites.flatMap((site) =>
    paginate(site.snapshot.feed.slice(0, NEWS_LIST_MAX), NEWS_PAGE_SIZE).map((page) => ({
      params: { site: site.prefix, n: String(page.number) },
      props: { site, page } satisfies ListPage,
    })),
  )
}

export interface ArchivePage {
  site: SiteData
  year: ArchiveYear
  page: PageSlice<FeedItem>
}

/** The archive: every item the site keeps, one paginated list per year of publication. */
export function archiveRoutes(sites: SiteData[]) {
  return sites.flatMap((site) =>
    site.archive.flatMap((year) =>
      paginate(year.items, NEWS_PAGE_SIZE).map((page) => ({
        params: { site: site.prefix, year: year.year, n: String(page.number) },
        props: { site, year, page } satisfies ArchivePage,
      })),
    ),
  )
}

export function rubricListRoutes(sites: SiteData[]) {
  return sites.flatMap((site) =>
    site.rubrics.flatMap(({ category, items }) =>
      paginate(items.slice(0, NEWS_LIST_MAX), NEWS_PAGE_SIZE).map((page) => ({
        params: { site: site.prefix, rubric: category.slug, n: String(page.number) },
        props: { site, page, rubric: category } satisfies ListPage,
      })),
    ),
  )
}

interface NumberedRoute<P, X> {
  params: P & { n: string }
  props: X
}

/** Page 1 of a list lives at the list's own URL (no `n` param), the others under …/page/<n>/. */
export function firstPages<P extends object, X>(routes: NumberedRoute<P, X>[]) {
  return routes
    .filter((route) => route.params.n === '1')
    .map(({ params, props }) => {
      const { n: _n, ...rest } = params
      return { params: rest as Omit<P, 'n'>, props }
    })
}

export function laterPages<P extends object, X>(routes: NumberedRoute<P, X>[]) {
  return routes.filter((route) => route.params.n !== '1')
}

export function articleRoutes(sites: SiteData[]) {
  return sites.flatMap((site) =>
    site.snapshot.feed.map((item) => ({
      params: { site: site.prefix, slug: item.slug },
      props: { site, item },
    })),
  )
}

/** Static pages at any depth go through one catch-all route whose param is the whole path. */
export function staticPageRoutes(sites: SiteData[]) {
  return sites.flatMap((site) =>
    site.snapshot.pages.map((page: Page) => ({
      params: { path: routeParam(site.prefix, page.path) },
      props: { site, page },
    })),
  )
}

/** Feeds of one rubric (the site-wide feeds and the site's urlset use `siteRoutes`). */
export function rubricFeedRoutes(sites: SiteData[]) {
  return sites.flatMap((site) =>
    site.rubrics.map(({ category }) => ({
      params: { site: site.prefix, rubric: category.slug },
      props: { site, rubric: category },
    })),
  )
}

/** robots.txt and the sitemap index: one per host, covering the host's section sites. */
export function hostRoutes(sites: SiteData[]) {
  return groupByHost(sites).map((group) => ({ params: { host: group.host }, props: { group } }))
}
