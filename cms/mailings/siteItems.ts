import type { PayloadRequest } from 'payload'
import { compareMailItems } from '../../domain/mailings/mailingOrder'
import { queryFeeds } from '../syndication/feedQuery'
import { idOf } from '../services/refs'

/** One item as a site shows it, with what a message says about it. */
export interface SiteItem {
  post: string
  title: string
  slug: string
  lead?: string
  publishedAt: string
  /** The org that published it (the site's own id for its own items). */
  origin: string
  pinned: boolean
  mandatory: boolean
}

export interface ItemWindow {
  /** Published at or after (inclusive) … */
  from: Date
  /** … and before (exclusive). Items published later are not live yet: they wait for a later run. */
  to: Date
}

/** Items a feed is read to when looking for one window's: a week of a busy site stays below it. */
const FEED_LIMIT = 200
const CHUNK = 500

/**
 * What each site of `orgIds` shows from one time window: the site's feed (its own items and the
 * syndicated ones it did not hide; queryFeeds, the same query the published sites are built
 * from, a batch of sites at a time), cut to the window, with the posts' title, slug, lead and
 * mandatory flag read in one query per 500 items. Pinned, then mandatory, then newest first.
 */
export async function loadSiteItems(
  req: PayloadRequest,
  orgIds: readonly string[],
  window: ItemWindow,
): Promise<Map<string, SiteItem[]>> {
  const feeds = await queryFeeds(req, orgIds, { limit: FEED_LIMIT, now: window.to })
  const from = window.from.toISOString()
  const to = window.to.toISOString()
  const wanted = new Set<string>()
  for (const feed of feeds.values())
    for (const item of feed)
      if (item.publishedAt >= from && item.publishedAt < to) wanted.add(String(item.post))
  const posts = new Map<
    string,
    { title: string; slug: string; lead?: string; mandatory: boolean }
  >()
  const ids = [...wanted]
  for (let i = 0; i < ids.length; i += CHUNK) {
    const { docs } = await req.payload.find({
      collection: 'posts',
      where: { id: { in: ids.slice(i, i + CHUNK) } },
      select: { title: true, slug: true, lead: true, mandatory: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const d of docs)
      if (d.slug)
        posts.set(String(d.id), {
          title: d.title,
          slug: d.slug,
          lead: d.lead ?? undefined,
          mandatory: Boolean(d.mandatory),
        })
  }
  const result = new Map<string, SiteItem[]>()
  for (const [org, feed] of feeds) {
    const items: SiteItem[] = []
    for (const item of feed) {
      const post = posts.get(String(item.post))
      if (!post || item.publishedAt < from || item.publishedAt >= to) continue
      items.push({
        post: String(item.post),
        ...post,
        publishedAt: item.publishedAt,
        origin: String(idOf(item.origin)),
        pinned: item.pinned,
      })
    }
    result.set(org, items.sort(compareMailItems))
  }
  return result
}
