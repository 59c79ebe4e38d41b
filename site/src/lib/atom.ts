import type { FeedEntry, FeedModel } from './feedModel'
import { rfc3339 } from './feedDates'
import { el, xmlDocument, type XmlElement } from './xml'

/** Atom 1.0 (RFC 4287). Ids are URLs: the feed's own address, an entry's canonical page. */

const HTML = 'text/html'

function source(entry: FeedEntry): XmlElement | undefined {
  const origin = entry.origin
  if (!origin?.siteUrl || !origin.feedUrls) return undefined
  // The origin's feed metadata (RFC 4287 §4.2.11): where a copied entry came from.
  return el(
    'source',
    {},
    el('id', {}, origin.feedUrls.atom),
    el('title', {}, origin.fullName),
    el('link', { rel: 'self', type: 'application/atom+xml', href: origin.feedUrls.atom }),
    el('link', { rel: 'alternate', type: HTML, href: origin.siteUrl }),
  )
}

function entry(item: FeedEntry): XmlElement {
  const { origin, category } = item
  return el(
    'entry',
    {},
    el('id', {}, item.canonicalUrl),
    el('title', {}, item.title),
    el('published', {}, rfc3339(item.published)),
    el('updated', {}, rfc3339(item.updated)),
    el('link', { rel: 'alternate', type: HTML, href: item.url }),
    // A syndicated item: its page on the origin's site, beside its page here.
    origin && el('link', { rel: 'related', type: HTML, href: item.canonicalUrl }),
    origin &&
      el(
        'author',
        {},
        el('name', {}, origin.fullName),
        origin.siteUrl && el('uri', {}, origin.siteUrl),
      ),
    category &&
      el('category', { term: category.term, label: category.label, scheme: category.url }),
    item.tags.map((tag) => el('category', { term: tag })),
    item.summary !== '' && el('summary', { type: 'text' }, item.summary),
    el('content', { type: 'html' }, item.contentHtml),
    source(item),
  )
}

export function buildAtom(feed: FeedModel): string {
  const root = el(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'ru' },
    el('id', {}, feed.feedUrls.atom),
    el('title', {}, feed.title),
    el('subtitle', {}, feed.description),
    el('updated', {}, rfc3339(feed.updated)),
    el('link', { rel: 'self', type: 'application/atom+xml', href: feed.feedUrls.atom }),
    el('link', { rel: 'alternate', type: HTML, href: feed.pageUrl }),
    el('link', { rel: 'alternate', type: 'application/rss+xml', href: feed.feedUrls.rss }),
    // Entries without their own author (the org's own items) take the feed's.
    el('author', {}, el('name', {}, feed.author.name), el('uri', {}, feed.author.url)),
    feed.logoUrl && el('logo', {}, feed.logoUrl),
    feed.entries.map(entry),
  )
  return xmlDocument(root)
}
