import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { idOf } from '../../services/refs'
import type { Reach } from '../../syndication/types'
import { recordChange } from '../recordChange'
import { storedReach } from '../siteChange'

type PostLike = {
  id: string | number
  title?: string
  organization?: unknown
  _status?: string | null
  reachDepth?: number | null
  receivers?: Record<string, boolean | null> | null
}

const isLive = (doc: PostLike | undefined) => doc !== undefined && doc._status !== 'draft'

function reachesOf(...docs: (PostLike | undefined)[]): Reach[] {
  return docs.filter(isLive).map((d) => storedReach(d!))
}

/**
 * A post (or repost) touches the sites of its reach when it is published, edited while
 * published, unpublished or deleted. Draft-only edits touch nothing. Posts without drafts
 * (reposts) count as published.
 */
export const trackPostChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  collection,
  operation,
}) => {
  const before = operation === 'update' ? (previousDoc as PostLike) : undefined
  const after = doc as PostLike
  const reaches = reachesOf(before, after)
  if (reaches.length === 0) return doc
  const org = idOf(after.organization)
  if (org === null) return doc
  const post = collection.slug === 'posts' ? after.id : idOf((doc as { post?: unknown }).post)
  await recordChange(
    req,
    { kind: 'post', org, post: post ?? undefined, reaches },
    `${collection.slug === 'posts' ? 'Новость' : 'Перепубликация'}: ${after.title ?? post}`,
  )
  return doc
}

export const trackPostDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  const post = doc as PostLike
  const org = idOf(post.organization)
  const reaches = reachesOf(post)
  if (org === null || reaches.length === 0) return doc
  // Its reposts are deleted with it (removeSyndicationTraces) and record their own changes.
  await recordChange(
    req,
    { kind: 'post', org, reaches },
    `Удалено (${collection.slug === 'posts' ? 'новость' : 'перепубликация'}): ${post.title ?? post.id}`,
  )
  return doc
}
