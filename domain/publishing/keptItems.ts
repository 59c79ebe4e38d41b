import { compareFeedItems } from '../syndication/feed'
import type { FeedItem } from '../syndication/types'

/**
 * Newest items a site keeps from its feed (the organizations above it included). Received items
 * past it age out of the receiver's lists — so a federation post at 10,000 sites rebuilds bounded
 * lists — while the site's own items never do (keptItems).
 */
export const RECEIVED_WINDOW = 200

/**
 * What a site lists: its feed's newest `RECEIVED_WINDOW` items (as the feed query gives them)
 * plus every own published post, however old, so that each address an organization published
 * keeps answering on its own site. A post in both keeps the feed's entry (its pin).
 */
export function keptItems(window: readonly FeedItem[], own: readonly FeedItem[]): FeedItem[] {
  const seen = new Set(window.map((item) => String(item.post)))
  const older = own.filter((item) => !seen.has(String(item.post)))
  return [...window, ...older].sort(compareFeedItems)
}
