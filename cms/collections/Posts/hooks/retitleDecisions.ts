import type { CollectionAfterChangeHook } from 'payload'
import { decisionTitle } from '../../../../domain/syndication/decisionTitle'
import type { DecisionAction } from '../../../../domain/syndication/types'
import type { Post } from '../../../payload-types'

const ACTIONS: DecisionAction[] = ['hide', 'pin', 'accept']

/**
 * Keeps the admin titles of the decisions about a post («Закреплён: …», set by setDecisionTitle)
 * in step with the post's published title: a retitled item no longer shows its old name in
 * «Входящие: решения». Only a publish changes what the receivers see, so a draft's new title is
 * not followed. One indexed statement per action on the main rows (no versions, no hooks: the
 * decisions themselves did not change, and the sites do not show their titles); rows already
 * titled so are not written again.
 */
export const retitleDecisions: CollectionAfterChangeHook<Post> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'update' || doc._status !== 'published') return doc
  for (const action of ACTIONS) {
    const title = decisionTitle(action, doc.title)
    await req.payload.db.updateMany({
      collection: 'feed-decisions',
      where: {
        and: [
          { post: { equals: doc.id } },
          { action: { equals: action } },
          { title: { not_equals: title } },
        ],
      },
      data: { title },
      req,
    })
  }
  return doc
}
