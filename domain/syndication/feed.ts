import type { OrgId } from '../org/orgGraph'
import type { SyndicationGraph } from './graph'
import { reachArrives } from './receivers'
import type { Decision, FeedItem, Repost, SyndicationPost } from './types'

export interface FeedInput {
  graph: SyndicationGraph
  org: OrgId
  posts: Iterable<SyndicationPost>
  reposts: Iterable<Repost>
  /** Decisions of this org (others are ignored). */
  decisions: Iterable<Decision>
  now: Date
}

/** Newest first; equal dates by id, so the order is total and the database can reproduce it. */
export function compareFeedItems(a: FeedItem, b: FeedItem): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1
  if (a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt ? 1 : -1
  return compareIdsDesc(a.post, b.post)
}

/** Numeric ids (SQL) compare as numbers, string ids (MongoDB) as strings. */
export function compareIdsDesc(a: OrgId, b: OrgId): number {
  if (typeof a === 'number' && typeof b === 'number') return b - a
  return String(a) < String(b) ? 1 : String(a) > String(b) ? -1 : 0
}

/**
 * The feed of one org: its own published posts and what arrives from above (directly by the
 * origin's reach or through a repost), minus what it hid or has not accepted under a review
 * policy (mandatory items are exempt), pinned items first. The sites and the database query
 * must agree with this function; the property tests check that they do.
 */
export function feedOf(input: FeedInput): FeedItem[] {
  const self = input.graph.org(input.org)
  if (!self) return []
  const key = String(input.org)
  const upstream = input.graph.distances(input.org, 'up')
  const mine = [...input.decisions].filter((d) => String(d.org) === key)
  const has = (action: Decision['action'], post: OrgId) =>
    mine.some((d) => d.action === action && String(d.post) === String(post))
  const pinnedNow = (post: OrgId) =>
    mine.some(
      (d) =>
        d.action === 'pin' &&
        String(d.post) === String(post) &&
        (!d.until || new Date(d.until) > input.now),
    )

  // Several orgs may repost one item; provenance names the one with the smallest id, so the
  // choice does not depend on the order the reposts were loaded in.
  const viaRepost = new Map<string, OrgId>()
  const repostedBySelf = new Set<string>()
  for (const r of input.reposts) {
    const distance = upstream.get(String(r.by))
    const arrives =
      String(r.by) === key ||
      (distance !== undefined && reachArrives(r.reach, distance, self.kind, upstream))
    if (!arrives) continue
    if (String(r.by) === key) repostedBySelf.add(String(r.post))
    const current = viaRepost.get(String(r.post))
    if (current === undefined || compareIdsDesc(current, r.by) < 0)
      viaRepost.set(String(r.post), r.by)
  }

  const items: FeedItem[] = []
  for (const post of input.posts) {
    if (!post.published) continue
    const own = String(post.origin) === key
    const distance = upstream.get(String(post.origin))
    const direct =
      !own && distance !== undefined && reachArrives(post.reach, distance, self.kind, upstream)
    const repostedBy = viaRepost.get(String(post.id))
    if (!own && !direct && repostedBy === undefined) continue
    const accepted = own || repostedBySelf.has(String(post.id)) || has('accept', post.id)
    if (!own && !post.mandatory) {
      if (has('hide', post.id)) continue
      if (self.policy === 'review' && !accepted) continue
    }
    items.push({
      post: post.id,
      origin: post.origin,
      via: own || direct ? null : repostedBy!,
      pinned: pinnedNow(post.id),
      publishedAt: post.publishedAt,
    })
  }
  return items.sort(compareFeedItems)
}
