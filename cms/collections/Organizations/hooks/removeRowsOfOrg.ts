import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

/**
 * A beforeDelete hook of organizations that deletes the rows of `collection` whose `field` names
 * the org being deleted, in the delete's transaction, after preventDeleteWithDependents has let
 * it through (hooks run in order). Each use says why its rows may go with the org.
 */
export const removeRowsOfOrg =
  (collection: CollectionSlug, field: string): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({
      collection,
      where: { [field]: { equals: id } },
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
  }
