import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A deleted org's own rubrics go with it. Left behind, the database would set their org to
 * nothing, which is how a rubric shared by the whole network is stored: the org's private rubric
 * would turn into everyone's. Only the org's own posts could use them, and an org with posts is
 * not deleted (preventDeleteWithDependents runs first).
 */
export const removeOwnRubrics: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'categories',
    where: { organization: { equals: id } },
    depth: 0,
    select: { organization: true },
    overrideAccess: true,
    req,
  })
}
