import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A deleted org's mailing subscribers go with it, in the delete's transaction: the site they
 * subscribed to is gone, so the purpose of keeping their addresses ended (152-ФЗ), and a row
 * naming no org would fail the delete. Their rows on other sites stay.
 */
export const removeSubscribers: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'subscribers',
    where: { organization: { equals: id } },
    depth: 0,
    select: { organization: true },
    overrideAccess: true,
    req,
  })
}
