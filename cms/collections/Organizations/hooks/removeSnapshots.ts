import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A deleted org's monitoring history goes with it, in the delete's transaction: a snapshot row
 * must name its org (the roll-ups count it under its subtree), and a row naming none would fail
 * the delete on the database's NOT NULL.
 */
export const removeSnapshots: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'monitoring-snapshots',
    where: { org: { equals: id } },
    depth: 0,
    select: { org: true },
    overrideAccess: true,
    req,
  })
}
