import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * An org's visit counts go with it: they mean nothing without the org, hold no one's data, and
 * a row still naming it would make the database refuse the delete (org is required, so the
 * foreign key cannot be set to null). Runs after preventDeleteWithDependents has let the delete
 * through, in the same transaction.
 */
export const removeVisitCounts: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['site-visits', 'site-referrers'] as const)
    await req.payload.delete({
      collection,
      where: { org: { equals: id } },
      select: { day: true },
      depth: 0,
      overrideAccess: true,
      req,
    })
}
