export interface OrderedItem {
  pinned: boolean
  mandatory: boolean
  publishedAt: string
  post: string | number
}

/**
 * The digest's order within a site's section: pinned first, then mandatory, then newest (the
 * feed's own order for the rest, so the mail lists what the site lists, in the same order).
 */
export function compareMailItems(a: OrderedItem, b: OrderedItem): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1
  if (a.mandatory !== b.mandatory) return a.mandatory ? -1 : 1
  if (a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt ? 1 : -1
  return String(a.post) < String(b.post) ? 1 : String(a.post) > String(b.post) ? -1 : 0
}
