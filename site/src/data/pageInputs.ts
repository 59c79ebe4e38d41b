import { createHash } from 'node:crypto'
import { HOME_NEWS_COUNT } from '../consts'
import type { SiteData } from './site'

/**
 * Digests of the parts of a site that its pages render, computed once per site. A page's cache
 * key combines the digests of exactly the parts it reads (see pagePlan.ts), so a federation post
 * re-renders a site's home, lists and feeds but not its contacts or older articles.
 */
export interface SiteInputs {
  /** What every page shows: identity, settings and theme, menu, structure links, the © year. */
  chrome: string
  /** The home page's lead and latest items. */
  home: string
  /** Every feed item (RSS, Atom, rubric feeds); the build date stands in for an empty feed. */
  feed: string
  /** The archive's years, linked from every news list and archive page. */
  archiveYears: string
  /** Rubric names and slugs, listed on every news list page. */
  rubrics: string
  /** Each rubric's items (its RSS and Atom feeds), by rubric slug. */
  rubricFeeds: Map<string, string>
  /** Titles, paths and parents of the static pages (breadcrumbs), without their bodies. */
  outline: string
  documents: string
  /** Everything the site's urlset lists. */
  sitemap: string
}

export const digest = (value: unknown): string =>
  createHash('sha1').update(JSON.stringify(value)).digest('base64url')

const memo = new WeakMap<SiteData, SiteInputs>()

export function siteInputs(site: SiteData): SiteInputs {
  const cached = memo.get(site)
  if (cached) return cached
  const s = site.snapshot
  const { org, site: settings, navigation, ancestors, memberships, children, members, categories } = s
  // The feed (article bodies included) is the largest input: serialized once, not per part.
  const feed = digest(s.feed.length > 0 ? s.feed : s.generatedAt)
  const inputs: SiteInputs = {
    chrome: digest([
      org,
      settings,
      navigation,
      ancestors,
      memberships,
      children,
      members,
      categories,
      s.generatedAt.slice(0, 4),
    ]),
    home: digest(s.feed.slice(0, HOME_NEWS_COUNT + 1)),
    feed,
    archiveYears: digest(site.archive.map((y) => y.year)),
    rubrics: digest(site.rubrics.map((r) => r.category)),
    rubricFeeds: new Map(site.rubrics.map((r) => [r.category.slug, digest(r.items)])),
    outline: digest(s.pages.map(({ id, title, slug, path, parent }) => [id, title, slug, path, parent])),
    documents: digest(s.documents),
    sitemap: digest([settings, feed, categories, s.pages]),
  }
  memo.set(site, inputs)
  return inputs
}
