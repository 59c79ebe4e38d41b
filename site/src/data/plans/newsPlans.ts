import {
  archiveRoutes,
  articleRoutes,
  firstPages,
  laterPages,
  newsListRoutes,
  rubricFeedRoutes,
  rubricListRoutes,
  type ArchivePage,
  type ListPage,
} from '../routes'
import { siteInputs } from '../pageInputs'
import { ownNewsRoutes } from '../ownNewsRoutes'
import { hasReceived } from '../../lib/newsOwnership'
import { relatedOf } from '../../lib/relatedItems'
import type { Category, FeedItem } from '../../../../domain/contract/snapshot'
import { chrome, type RoutePlan, type SiteProps } from './routePlan'

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
  // The «Наши / Все» switch shows once the site has received an item.
  rubric ? null : hasReceived(site.snapshot.feed),
]
/** An article shows its related items (title, address, date) at its end. */
const article = ({ site, item }: SiteProps & { item: FeedItem }) => [
  chrome(site),
  item,
  relatedOf(site.snapshot.feed, item).map(({ title, slug, publishedAt }) => [title, slug, publishedAt]),
]
const rubricFeed = ({ site, rubric }: SiteProps & { rubric: Category }) => [
  chrome(site),
  rubric,
  siteInputs(site).rubricFeeds.get(rubric.slug),
]

/** The news: lists, the archive by year, rubrics with their feeds, and the articles. */
export const NEWS_PLANS: RoutePlan[] = [
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
    route: '/[...site]/news/own',
    type: 'page',
    entries: (sites) => firstPages(ownNewsRoutes(sites)),
    inputs: list,
  },
  {
    route: '/[...site]/news/own/page/[n]',
    type: 'page',
    entries: (sites) => laterPages(ownNewsRoutes(sites)),
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
    inputs: article,
  },
]
