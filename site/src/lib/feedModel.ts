import { FEED_SIZE, SITE_FILES, UI } from '../consts'
import type { Category, FeedItem, MediaRef, Snapshot } from '../../../domain/contract/snapshot'
import { absoluteHtml } from './absoluteHtml'
import { feedBlocksHtml } from './feedBlocksHtml'
import { responsiveImage } from '../../../domain/contract/responsiveImage'
import { canonicalUrlOf, originName } from './feed'
import { latest } from './feedDates'
import { escapeAttr, escapeText } from './xml'
import { absoluteUrl, fileUrl, paths, type FeedFormat } from './urls'

/**
 * What an RSS and an Atom feed of one site (or one rubric) say, computed once for both formats.
 * Every URL is absolute on the site's own origin, section base path included.
 */

export interface FeedOrigin {
  /** «ФНПР»: as in «Материал ФНПР». */
  name: string
  fullName: string
  /** The origin org's site, when this snapshot links to it. */
  siteUrl?: string
  /** Its site-wide feeds (RSS <source url>, Atom <source>), next to its home page. */
  feedUrls?: Record<FeedFormat, string>
}

export interface FeedEntry {
  title: string
  /** The item's page on this site: readers of this site's feed open it here. */
  url: string
  /**
   * The item's page on its origin site. It is the entry's id, so the same item syndicated to
   * many sites has one id and aggregators show it once.
   */
  canonicalUrl: string
  /** Set for syndicated items only. */
  origin?: FeedOrigin
  /** Plain text: the lead, after «Материал …» for syndicated items. */
  summary: string
  /** HTML: provenance, cover and body, with absolute URLs. */
  contentHtml: string
  published: string
  updated: string
  category?: { term: string; label: string; url: string }
  tags: string[]
}

export interface FeedModel {
  title: string
  description: string
  /** The HTML list the feed mirrors (the news list or the rubric). */
  pageUrl: string
  /** This feed in each format (rel=self in one, rel=alternate in the other). */
  feedUrls: Record<FeedFormat, string>
  updated: string
  author: { name: string; url: string }
  logoUrl?: string
  entries: FeedEntry[]
}

type FeedSnapshot = Pick<
  Snapshot,
  'org' | 'site' | 'feed' | 'ancestors' | 'memberships' | 'children' | 'generatedAt'
>

/** Newest first by publication (pins order the site's pages, not a feed), at most FEED_SIZE. */
export function newestItems(items: readonly FeedItem[], size = FEED_SIZE): FeedItem[] {
  return [...items]
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, size)
}

function originOf(snapshot: FeedSnapshot, item: FeedItem): FeedOrigin | undefined {
  if (item.provenance.isOwn) return undefined
  const { ancestors, memberships, children } = snapshot
  const link = [...ancestors, ...memberships, ...children].find(
    (org) => org.id === item.provenance.orgId,
  )
  // A home page URL names a folder; without its final slash, URLs relative to it would lose
  // the last segment (a section's /org/<slug>).
  const siteUrl = link?.url?.replace(/\/?$/, '/')
  return {
    name: originName(item),
    fullName: item.provenance.orgName,
    siteUrl,
    feedUrls: siteUrl
      ? {
          rss: new URL(SITE_FILES.rss, siteUrl).href,
          atom: new URL(SITE_FILES.atom, siteUrl).href,
        }
      : undefined,
  }
}

function imageHtml(snapshot: FeedSnapshot, media: MediaRef): string {
  // The largest upload-time size, not the original file (a phone photo can weigh megabytes).
  const src = escapeAttr(fileUrl(snapshot.site, responsiveImage(media).src))
  return `<p><img src="${src}" alt="${escapeAttr(media.alt)}" width="${media.width}" height="${media.height}"></p>`
}

function entryOf(snapshot: FeedSnapshot, item: FeedItem): FeedEntry {
  const { site } = snapshot
  const origin = originOf(snapshot, item)
  const canonicalUrl = canonicalUrlOf(site, item)
  const provenance = origin ? `${UI.materialOf} ${origin.name}` : undefined
  const provenanceHtml = origin
    ? `<p>${UI.materialOf} <a href="${escapeAttr(canonicalUrl)}">${escapeText(origin.name)}</a></p>`
    : ''
  const cover = item.cover ? imageHtml(snapshot, item.cover) : ''
  return {
    title: item.title,
    url: absoluteUrl(site, paths.article(item.slug)),
    canonicalUrl,
    origin,
    summary: [provenance, item.lead].filter(Boolean).join('. '),
    contentHtml: provenanceHtml + cover + absoluteHtml(feedBlocksHtml(item.html), site.origin),
    published: item.publishedAt,
    updated: item.updatedAt,
    category: item.category && {
      term: item.category.slug,
      label: item.category.title,
      url: absoluteUrl(site, paths.rubric(item.category.slug)),
    },
    tags: item.tags,
  }
}

/** The feed of a whole site, or of one rubric when `rubric` is given. */
export function feedModel(snapshot: FeedSnapshot, rubric?: Category): FeedModel {
  const { org, site } = snapshot
  const siteName = org.shortName ?? org.name
  const items = rubric
    ? snapshot.feed.filter((i) => i.category?.slug === rubric.slug)
    : snapshot.feed
  const entries = newestItems(items).map((item) => entryOf(snapshot, item))
  const what = rubric ? rubric.title : UI.news
  return {
    title: UI.feedTitle(what, siteName),
    description: (rubric ? rubric.description : org.about) ?? UI.feedTitle(what, org.name),
    pageUrl: absoluteUrl(site, rubric ? paths.rubric(rubric.slug) : paths.news()),
    feedUrls: {
      rss: absoluteUrl(site, paths.feed('rss', rubric?.slug)),
      atom: absoluteUrl(site, paths.feed('atom', rubric?.slug)),
    },
    updated: latest(
      entries.map((e) => e.updated),
      snapshot.generatedAt,
    ),
    author: { name: org.name, url: absoluteUrl(site, paths.home) },
    logoUrl: site.logo ? fileUrl(site, site.logo.url) : undefined,
    entries,
  }
}
