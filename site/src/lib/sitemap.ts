import type { Snapshot } from '../../../domain/contract/snapshot'
import { rubricsOf } from './feed'
import { latest, rfc3339 } from './feedDates'
import { archiveYears } from './archive'
import { el, xmlDocument } from './xml'
import { DEFAULT_TIME_ZONE } from '../consts'
import { absoluteUrl, paths } from './urls'
import { eventPaths } from './eventPaths'

/**
 * Sitemaps (sitemaps.org 0.9). Each site, host or section, lists its own pages in its own
 * urlset; the host's sitemap.xml is an index of the urlsets of every site on that host.
 */

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
/** The protocol's limit per file; a site past it must be split (years of news away today). */
export const SITEMAP_MAX_URLS = 50_000

export interface SitemapEntry {
  loc: string
  /** When the page last changed; left out where the snapshot does not know. */
  lastmod?: string
}

type SitemapSnapshot = Pick<Snapshot, 'site' | 'feed' | 'categories' | 'pages'> &
  Partial<Pick<Snapshot, 'events'>>

/**
 * The canonical pages of one site. Syndicated articles are left out: their rel=canonical is the
 * origin's page, which the origin's sitemap lists. List pages 2, 3… are left out too: every
 * article is listed itself, and those pages shift at every publish.
 */
export function sitemapEntries(snapshot: SitemapSnapshot): SitemapEntry[] {
  const { site, feed, pages } = snapshot
  const newest = (items: typeof feed) => {
    const date = latest(
      items.map((i) => i.updatedAt),
      '',
    )
    return date === '' ? undefined : rfc3339(date)
  }
  const url = (path: string, lastmod?: string): SitemapEntry => ({
    loc: absoluteUrl(site, path),
    ...(lastmod ? { lastmod } : {}),
  })
  return [
    url(paths.home, newest(feed)),
    url(paths.news(), newest(feed)),
    ...rubricsOf(snapshot).map((r) => url(paths.rubric(r.category.slug), newest(r.items))),
    // The first page of each year: the archive's entry points, steady once the year is over.
    ...archiveYears(feed, site.timeZone ?? DEFAULT_TIME_ZONE).map((y) =>
      url(paths.archive(y.year), newest(y.items)),
    ),
    ...feed
      .filter((item) => item.provenance.isOwn)
      .map((item) => url(paths.article(item.slug), rfc3339(item.updatedAt))),
    ...pages.map((page) => url(page.path, rfc3339(page.updatedAt))),
    // The events page, and the pages of the site's own events (received ones: their origin's).
    ...(snapshot.events?.length ? [url(eventPaths.list)] : []),
    ...(snapshot.events ?? [])
      .filter((event) => event.provenance.isOwn)
      .map((event) => url(eventPaths.event(event.slug), rfc3339(event.updatedAt))),
    url(paths.documents),
    url(paths.structure),
    url(paths.contacts),
  ]
}

function entryElement(name: 'url' | 'sitemap', entry: SitemapEntry) {
  return el(name, {}, el('loc', {}, entry.loc), entry.lastmod && el('lastmod', {}, entry.lastmod))
}

export function buildUrlset(entries: readonly SitemapEntry[]): string {
  if (entries.length > SITEMAP_MAX_URLS) {
    throw new Error(`${entries.length} URLs in one sitemap (the limit is ${SITEMAP_MAX_URLS})`)
  }
  return xmlDocument(
    el(
      'urlset',
      { xmlns: NS },
      entries.map((e) => entryElement('url', e)),
    ),
  )
}

/** The index of a host: one entry per site's urlset, dated by its newest page. */
export function buildSitemapIndex(sitemaps: readonly SitemapEntry[]): string {
  return xmlDocument(
    el(
      'sitemapindex',
      { xmlns: NS },
      sitemaps.map((e) => entryElement('sitemap', e)),
    ),
  )
}

/** The index entry of one site's urlset. */
export function sitemapRef(snapshot: SitemapSnapshot): SitemapEntry {
  const dates = sitemapEntries(snapshot).flatMap((e) => (e.lastmod ? [e.lastmod] : []))
  const lastmod = latest(dates, '')
  return {
    loc: absoluteUrl(snapshot.site, paths.sitemap),
    ...(lastmod ? { lastmod } : {}),
  }
}
