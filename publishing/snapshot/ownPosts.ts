import type { PayloadRequest } from 'payload'
import type { OrgId } from '../../domain/org/orgGraph'
import type { FeedItem } from '../../domain/syndication/types'
import { idOf } from '../../cms/services/refs'

/**
 * Every published post of `orgIds` as feed items of their own org, however old: a site keeps
 * all its own items (domain/publishing/keptItems.ts). One query for the chunk, ids and dates
 * only; the bodies are read with the feed's posts. Scheduled posts wait, as in the feed.
 */
export async function loadOwnPosts(
  req: PayloadRequest,
  orgIds: readonly OrgId[],
  now: Date,
): Promise<Map<string, FeedItem[]>> {
  const { docs } = await req.payload.find({
    collection: 'posts',
    where: {
      and: [
        { organization: { in: orgIds } },
        { _status: { equals: 'published' } },
        {
          or: [
            { publishedAt: { less_than_equal: now.toISOString() } },
            { publishedAt: { exists: false } },
          ],
        },
      ],
    },
    depth: 0,
    select: { organization: true, publishedAt: true },
    overrideAccess: true,
    req,
    limit: 0,
    pagination: false,
  })
  const out = new Map<string, FeedItem[]>()
  for (const post of docs) {
    const origin = idOf(post.organization as never) as OrgId
    const item: FeedItem = {
      post: post.id as OrgId,
      origin,
      via: null,
      pinned: false,
      // As the feed query dates them (sqlDate): an undated post sorts as ''.
      publishedAt: post.publishedAt ? new Date(post.publishedAt).toISOString() : '',
    }
    const list = out.get(String(origin))
    if (list) list.push(item)
    else out.set(String(origin), [item])
  }
  return out
}
