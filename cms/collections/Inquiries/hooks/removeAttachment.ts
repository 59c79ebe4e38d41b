import type { CollectionAfterDeleteHook } from 'payload'
import { idOf } from '../../../services/refs'

/** The attachment lives and dies with its inquiry (retention deletes both, files on disk too). */
export const removeAttachment: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const file = idOf(doc?.attachment)
  if (file === null) return doc
  await req.payload.delete({ collection: 'inquiry-files', id: file, overrideAccess: true, req })
  return doc
}
