import type { PayloadRequest } from 'payload'
import type { IncomingActionInput } from '../../domain/syndication/incomingActionInput'
import type { IncomingList } from './incomingItems'

import { MANDATORY_REASON } from '../../domain/syndication/incomingStatus'

export type IncomingActionResult =
  { ok: true; changed: number } | { ok: false; status: number; message: string }

/**
 * Applies one inbox action to chosen items of the org's incoming list, all or nothing: every item
 * is checked first (it must be incoming, a mandatory one cannot be hidden, only reviewing orgs
 * accept), then the feed-decisions are written through the Local API as the signed-in user, so
 * the collection's access and hooks (owner scope, post link, mandatory guard) still decide.
 */
export async function applyIncomingAction(
  req: PayloadRequest,
  list: IncomingList,
  input: IncomingActionInput,
): Promise<IncomingActionResult> {
  const byPost = new Map(list.items.map((i) => [String(i.post), i]))
  const items = input.posts.map((p) => byPost.get(p))
  if (items.some((i) => i === undefined))
    return {
      ok: false,
      status: 400,
      message: 'Среди отмеченных есть материал, который не входит во входящие организации.',
    }
  if (input.action === 'hide') {
    const mandatory = items.filter((i) => i!.mandatory)
    if (mandatory.length > 0)
      return {
        ok: false,
        status: 400,
        message: `«${mandatory.map((i) => i!.title).join('», «')}»: ${MANDATORY_REASON}.`,
      }
  }
  if (input.action === 'accept' && !list.org.review)
    return {
      ok: false,
      status: 400,
      message: 'Организация показывает входящие материалы сразу: принимать их не нужно.',
    }

  const asUser = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const org = list.org.id
  const existing = async (action: string) =>
    (
      await req.payload.find({
        collection: 'feed-decisions',
        where: {
          and: [
            { organization: { equals: org } },
            { action: { equals: action } },
            { post: { in: input.posts } },
          ],
        },
        limit: input.posts.length,
        pagination: false,
        ...asUser,
      })
    ).docs
  let changed = 0
  if (input.action === 'unhide' || input.action === 'unpin') {
    for (const doc of await existing(input.action === 'unhide' ? 'hide' : 'pin')) {
      await req.payload.delete({ collection: 'feed-decisions', id: doc.id, ...asUser })
      changed++
    }
    return { ok: true, changed }
  }
  const have = new Map(
    (await existing(input.action)).map((d) => [
      String(typeof d.post === 'object' ? d.post?.id : d.post),
      d,
    ]),
  )
  for (const post of input.posts) {
    const doc = have.get(post)
    const until = input.action === 'pin' ? input.until : undefined
    if (doc) {
      if (input.action === 'pin' && (doc.until ?? null) !== until) {
        await req.payload.update({
          collection: 'feed-decisions',
          id: doc.id,
          data: { until },
          ...asUser,
        })
        changed++
      }
      continue
    }
    await req.payload.create({
      collection: 'feed-decisions',
      data: {
        organization: org as never,
        post: Number(post) as never,
        action: input.action,
        ...(until !== undefined ? { until } : {}),
      } as never,
      ...asUser,
    })
    changed++
  }
  return { ok: true, changed }
}
