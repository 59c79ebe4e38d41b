import type { CollectionAfterDeleteHook } from 'payload'

/**
 * A deleted document takes its pending scheduled (un)publications with it. Payload tries this
 * itself but compares the stored id (always a string in the job's input) with the numeric id of
 * SQL databases, so the jobs stayed and later failed on a missing document.
 */
export const removeScheduledJobs: CollectionAfterDeleteHook = async ({ id, req, collection }) => {
  await req.payload.db.deleteMany({
    collection: 'payload-jobs',
    req,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { 'input.doc.relationTo': { equals: collection.slug } },
        { 'input.doc.value': { equals: String(id) } },
      ],
    },
  })
}
