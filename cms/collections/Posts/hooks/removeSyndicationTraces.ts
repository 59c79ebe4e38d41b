import type { CollectionAfterDeleteHook } from 'payload'

/** A deleted post leaves no reposts or receiver decisions behind. */
export const removeSyndicationTraces: CollectionAfterDeleteHook = async ({ id, req }) => {
  for (const collection of ['reposts', 'feed-decisions'] as const) {
    await req.payload.delete({
      collection,
      where: { post: { equals: id } },
      overrideAccess: true,
      req,
    })
  }
}
