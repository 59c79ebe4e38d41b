import { NEWS_LIST_MAX, NEWS_PAGE_SIZE } from '../consts'
import { hasReceived, ownItems } from '../lib/newsOwnership'
import { paginate } from '../lib/pagination'
import type { ListPage } from './routes'
import type { SiteData } from './site'

/** A page of «Наши новости»: the site's own items only. */
export type OwnListPage = ListPage & { own: true }

/**
 * The own-news list, on sites that received something (elsewhere «Наши» would equal «Все»):
 * the newest own items, paged like the news list; older ones are in the archive.
 */
export function ownNewsRoutes(sites: SiteData[]) {
  return sites.flatMap((site) =>
    hasReceived(site.snapshot.feed)
      ? paginate(ownItems(site.snapshot.feed).slice(0, NEWS_LIST_MAX), NEWS_PAGE_SIZE).map(
          (page) => ({
            params: { site: site.prefix, n: String(page.number) },
            props: { site, page, own: true } satisfies OwnListPage,
          }),
        )
      : [],
  )
}
