import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { hasAutosaveEnabled } from 'payload/shared'
import { idOf } from '../services/refs'
import { judgeSave } from '../../domain/concurrency/judgeSave'
import { StaleSaveError } from './StaleSaveError'
import { LAST_EDITED_BY } from './lastEditedByField'
import { INVALID_VERSION_MESSAGE, staleSaveMessage, type LastEditor } from './staleSaveMessage'
import { toleratesOwnAutosave } from './toleratesOwnAutosave'

/** The editor's name: the people who meet here edit the same document, so a name is no secret. */
async function lastEditor(req: PayloadRequest, editorId: unknown): Promise<LastEditor> {
  const id = idOf(editorId)
  if (id === null) return { kind: 'unknown' }
  if (req.user && String(req.user.id) === String(id)) return { kind: 'self' }
  const found = await req.payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    select: { name: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const name = (found.docs[0] as { name?: string } | undefined)?.name
  return name ? { kind: 'other', name } : { kind: 'unknown' }
}

/**
 * No silent lost update: a save that carries the version (`updatedAt`) its editor started from
 * is refused with 409 when the document has been saved since, so the second of two editors
 * learns about the first instead of overwriting them. `originalDoc` is the latest version, the
 * draft included, exactly what the admin's form and `?draft=true` reads return. It runs before
 * anything is written, in the save's transaction: a refusal leaves the document as it was.
 * Saves without a version keep last-write-wins (see judgeSave). Also records who saved, so the
 * next refusal can name them.
 */
export const refuseStaleSave: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const stamps = collection.fields.some((f) => 'name' in f && f.name === LAST_EDITED_BY)
  // Restoring a version saves that version's data, `updatedAt` included: the editor chose an
  // old state on purpose, so its date is no stale token.
  if (operation === 'update' && !req.context?.isRestoringVersion) {
    // A body without `updatedAt` has been filled from the document by now: it judges current.
    const verdict = judgeSave(data?.updatedAt, originalDoc?.updatedAt)
    if (verdict === 'invalid') throw new APIError(INVALID_VERSION_MESSAGE, 400, undefined, true)
    if (verdict === 'stale') {
      const editor = await lastEditor(req, stamps ? originalDoc?.[LAST_EDITED_BY] : null)
      if (!toleratesOwnAutosave(hasAutosaveEnabled(collection), editor.kind === 'self')) {
        const savedAt = new Date(String(originalDoc?.updatedAt))
        throw new StaleSaveError(staleSaveMessage(editor, savedAt))
      }
    }
  }
  if (stamps) data[LAST_EDITED_BY] = req.user?.id ?? null
  return data
}
