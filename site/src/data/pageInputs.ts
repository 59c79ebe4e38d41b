import { createHash } from 'node:crypto'
import { homeNews } from '../lib/newsOwnership'
import type { SiteData } from './site'

/**
 * Digests of the parts of a site that its pages render, computed once per site. A page's cache
 * key combines the digests of exactly the parts it reads (see pagePlan.ts), so a federation post
 * re-renders a site's home, lists and feeds but not its contacts or older articles.
 */
export interface SiteInputs {
  /** What every page shows: identity, settings and theme, menu, structure links, the © year. */
  chrome: string
  /** The home page's news blocks: own items first, then received ones (lib/newsOwnership). */
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
      // «Анонсы» is in the menu of a site with events.
      s.events.length > 0,
    ]),
    home: digest(homeNews(s.feed)),
    feed,
    archiveYears: digest(site.archive.map((y) => y.year)),
    rubrics: digest(site.rubrics.map((r) => r.category)),
    rubricFeeds: new Map(site.rubrics.map((r) => [r.category.slug, digest(r.items)])),
    outline: digest(s.pages.map(({ id, title, slug, path, parent }) => [id, title, slug, path, parent])),
    // Documents from above too: a federation's new charter re-renders every page it reaches.
    documents: digest([s.documents, s.upperDocuments]),
    sitemap: digest([
      settings,
      feed,
      categories,
      s.pages,
      // What the urlset lists of the events (lib/sitemap.ts): the page, the own events' pages.
      s.events.length > 0,
      s.events.filter((e) => e.provenance.isOwn).map((e) => [e.slug, e.updatedAt]),
    ]),
  }
  memo.set(site, inputs)
  return inputs
}
