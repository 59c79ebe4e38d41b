import type { FeedItem } from '../../../domain/contract/snapshot'
import { OWN_NEWS_SEGMENT } from '../../../domain/contract/siteUrls'
import { HOME_NEWS_COUNT } from '../consts'

/**
 * Whose news is whose. On a ППО site most of the feed comes from the organizations above, so the
 * site's own items get a list of their own and lead the home page; received ones follow.
 */

/** The site's own items, in feed order (pinned first, newest first). */
export function ownItems(feed: readonly FeedItem[]): FeedItem[] {
  return feed.filter((item) => item.provenance.isOwn)
}

/**
 * Items received from the organizations above: pinned and mandatory ones first (a receiver may
 * not hide a mandatory item, so it should not sink either), then newest first as the feed has them.
 */
export function receivedItems(feed: readonly FeedItem[]): FeedItem[] {
  const received = feed.filter((item) => !item.provenance.isOwn)
  const lifted = (item: FeedItem) => item.pinned || item.mandatory
  return [...received.filter(lifted), ...received.filter((item) => !lifted(item))]
}

/** «Все» differs from «Наши» only when something was received: otherwise no switch is shown. */
export function hasReceived(feed: readonly FeedItem[]): boolean {
  return feed.some((item) => !item.provenance.isOwn)
}

export const HOME_OWN_COUNT = 4
export const HOME_RECEIVED_COUNT = 4
/** One block of a single kind (all own or all received): the lead item and the latest. */
export const HOME_SINGLE_COUNT = HOME_NEWS_COUNT + 1

/** The home page's news: one block, or own items first and then the received ones. */
export type HomeNews =
  { kind: 'single'; items: FeedItem[] } | { kind: 'split'; own: FeedItem[]; received: FeedItem[] }

export function homeNews(feed: readonly FeedItem[]): HomeNews {
  const own = ownItems(feed)
  const received = receivedItems(feed)
  if (own.length === 0) return { kind: 'single', items: received.slice(0, HOME_SINGLE_COUNT) }
  if (received.length === 0) return { kind: 'single', items: own.slice(0, HOME_SINGLE_COUNT) }
  return {
    kind: 'split',
    own: own.slice(0, HOME_OWN_COUNT),
    received: received.slice(0, HOME_RECEIVED_COUNT),
  }
}

/** Site path of a page of the own-news list: /news/own/, /news/own/page/2/. */
export function ownNewsPath(page = 1): string {
  const base = `/news/${OWN_NEWS_SEGMENT}/`
  return page <= 1 ? base : `${base}page/${page}/`
}
