import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A deleted post leaves no reposts, receiver decisions or proposals behind. Before the delete,
 * not after: their `post` column is a required foreign key, so the post row cannot go first.
 * `req` keeps the removals in the delete's transaction: all of it happens, or none.
 */
export const removeSyndicationTraces: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['reposts', 'feed-decisions', 'proposals'] as const) {
    await req.payload.delete({
      collection,
      where: { post: { equals: id } },
      overrideAccess: true,
      req,
    })
  }
}
