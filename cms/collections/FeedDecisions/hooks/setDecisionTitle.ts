import type { CollectionBeforeChangeHook } from 'payload'
import { decisionTitle } from '../../../../domain/syndication/decisionTitle'
import type { DecisionAction } from '../../../../domain/syndication/types'
import { idOf } from '../../../services/refs'
import type { FeedDecision } from '../../../payload-types'

/**
 * Writes the decision's Russian title («Закреплён: …») from its action and its item's title, so
 * that the admin's header, breadcrumbs and relationship pickers do not show "pin" (issue 19).
 * The item's title is read only when the decision is new or changes its action or item (a pin's
 * new end date keeps the title; the inbox saves up to 100 decisions in one request); a later
 * retitle of the item is not followed.
 */
export const setDecisionTitle: CollectionBeforeChangeHook<FeedDecision> = async ({
  data,
  originalDoc,
  req,
}) => {
  const action = (data.action ?? originalDoc?.action) as DecisionAction | undefined
  if (!action) return data
  const postId = idOf(data.post ?? originalDoc?.post)
  const unchanged =
    originalDoc?.title &&
    action === originalDoc.action &&
    String(postId) === String(idOf(originalDoc.post))
  if (unchanged) return { ...data, title: originalDoc.title }
  const post =
    postId === null
      ? null
      : await req.payload.findByID({
          collection: 'posts',
          id: postId,
          depth: 0,
          select: { title: true },
          // Only the title, for a decision about an item checkPostLink already let through.
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  return { ...data, title: decisionTitle(action, post?.title) }
}
