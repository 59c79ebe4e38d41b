import type { FeedEntry, FeedModel } from './feedModel'
import { rfc822 } from './feedDates'
import { el, xmlDocument, type XmlElement } from './xml'

/**
 * RSS 2.0 with the usual modules: content:encoded for the full HTML, dc:creator for the org
 * that wrote the item, atom:link rel=self (what the W3C validator asks of every RSS feed).
 */
const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
}

function item(entry: FeedEntry, ownerName: string): XmlElement {
  const { origin, category } = entry
  return el(
    'item',
    {},
    el('title', {}, entry.title),
    // The reader opens the item on this site; its guid is the canonical page, which is the
    // same in every feed the item is syndicated to.
    el('link', {}, entry.url),
    el('guid', { isPermaLink: 'true' }, entry.canonicalUrl),
    entry.summary !== '' && el('description', {}, entry.summary),
    el('content:encoded', {}, entry.contentHtml),
    el('pubDate', {}, rfc822(entry.published)),
    el('dc:creator', {}, origin ? origin.fullName : ownerName),
    category && el('category', { domain: category.url }, category.label),
    entry.tags.map((tag) => el('category', {}, tag)),
    // <source> names the feed the item came from; only when we know the origin's site.
    origin?.feedUrls && el('source', { url: origin.feedUrls.rss }, origin.fullName),
  )
}

export function buildRss(feed: FeedModel): string {
  const channel = el(
    'channel',
    {},
    el('title', {}, feed.title),
    el('link', {}, feed.pageUrl),
    el('description', {}, feed.description),
    el('language', {}, 'ru'),
    el('lastBuildDate', {}, rfc822(feed.updated)),
    el('atom:link', { href: feed.feedUrls.rss, rel: 'self', type: 'application/rss+xml' }),
    feed.logoUrl &&
      el(
        'image',
        {},
        el('url', {}, feed.logoUrl),
        el('title', {}, feed.title),
        el('link', {}, feed.pageUrl),
      ),
    feed.entries.map((entry) => item(entry, feed.author.name)),
  )
  return xmlDocument(el('rss', { version: '2.0', ...NAMESPACES }, channel))
}
