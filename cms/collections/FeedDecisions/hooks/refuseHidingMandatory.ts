import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../services/refs'
import { MANDATORY_REASON } from '../../../../domain/syndication/incomingStatus'

/** The union documents require passing mandatory materials down, so they cannot be hidden. */
export const refuseHidingMandatory: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  collection,
}) => {
  const action = data.action ?? originalDoc?.action
  const postId = idOf(data.post ?? originalDoc?.post)
  if (action !== 'hide' || postId === null) return data
  const post = await req.payload.findByID({
    collection: 'posts',
    id: postId,
    depth: 0,
    select: { mandatory: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (post?.mandatory) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'action',
          message: `${MANDATORY_REASON[0]!.toUpperCase()}${MANDATORY_REASON.slice(1)}.`,
        },
      ],
      req,
    })
  }
  return data
}
