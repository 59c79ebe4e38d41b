import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A deleted org's membership requests, both ways, go with it, in the delete's transaction. Before
 * the delete (after the dependents check), while the requests still name the org.
 */
export const removeMembershipRequests: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'membership-requests',
    where: { or: [{ fromOrganization: { equals: id } }, { toOrganization: { equals: id } }] },
    overrideAccess: true,
    req,
  })
}
