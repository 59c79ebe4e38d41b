import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { OrgId } from '../../../domain/org/orgGraph'
import { idOf } from '../../services/refs'
import type { Reach } from '../../../domain/syndication/types'
import { publishTransition } from '../../../domain/publishing/publishTransition'
import { recordChange } from '../recordChange'
import { storedReach } from '../../../domain/publishing/siteChange'
import { savedStates } from './savedStates'

type PostLike = {
  id: string | number
  title?: unknown
  organization?: unknown
  post?: unknown
  _status?: string | null
  reachDepth?: number | null
  receivers?: Record<string, boolean | null> | null
}

/** The reaches of the given published states, per owner org (a post may change its owner). */
function reachesByOrg(states: PostLike[]): Map<OrgId, Reach[]> {
  const byOrg = new Map<OrgId, Reach[]>()
  for (const state of states) {
    const org = idOf(state.organization)
    if (org === null) continue
    const key = [...byOrg.keys()].find((k) => String(k) === String(org)) ?? org
    byOrg.set(key, [...(byOrg.get(key) ?? []), storedReach(state)])
  }
  return byOrg
}

/**
 * A post (or repost) touches the sites of its reach when its PUBLISHED state changes:
 * published, edited while published, unpublished (also with a newer draft saved after the
 * last publish), restored to another version, (un)published by a schedule. A draft saved
 * beside a published post touches nothing. Reposts have no drafts: they count as published.
 */
export const trackPostChange: CollectionAfterChangeHook = async (args) => {
  const { doc, req, collection } = args
  const { before, after } = await savedStates(args)
  const states = publishTransition(before as PostLike | null, after as PostLike | null)
  if (states.length === 0) return doc
  const latest = states.at(-1)!
  const post = collection.slug === 'posts' ? doc.id : idOf(latest.post)
  const label = collection.slug === 'posts' ? 'Новость' : 'Перепубликация'
  for (const [org, reaches] of reachesByOrg(states))
    await recordChange(
      req,
      { kind: 'post', org, post: post ?? undefined, reaches },
      `${label}: ${String(latest.title ?? doc.title ?? post)}`,
    )
  return doc
}

export const trackPostDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  // The deleted row is the main row: the published state (a newer draft is not in it).
  const [post] = publishTransition(doc as PostLike, null)
  const org = idOf(post?.organization)
  if (!post || org === null) return doc
  // Its reposts are deleted with it (removeSyndicationTraces) and record their own changes.
  await recordChange(
    req,
    { kind: 'post', org, reaches: [storedReach(post)] },
    `Удалено (${collection.slug === 'posts' ? 'новость' : 'перепубликация'}): ${String(post.title ?? post.id)}`,
  )
  return doc
}
