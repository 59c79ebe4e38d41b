import { NotFound, type CollectionBeforeChangeHook } from 'payload'
import { lockRow } from '../db/lockRow'

/**
 * An update reads its document, runs validation and hooks, then writes it, and Payload writes an
 * update as INSERT … ON CONFLICT DO UPDATE: a delete committed in between was undone (the
 * document came back after its editor was told it was deleted), or, for a draft, its version
 * failed on the foreign key with a 500. Locking the row just before the write, in the save's
 * transaction, orders the two: a delete that came first makes this save a 404; one that comes
 * later waits for it. First of every collection's beforeChange hooks (see rowLocks).
 */
export const lockForUpdate: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (operation !== 'update' || id === undefined) return data
  if ((await lockRow(req, collection.slug, id)) === false) throw new NotFound(req.t)
  return data
}
