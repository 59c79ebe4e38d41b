import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { detectFileType } from './detectFileType'
import { judgeUpload } from './judgeUpload'
import { safeUploadName } from './safeUploadName'
import { uploadFileNames } from './uploadFileNames'
import type { UploadPolicy } from './uploadPolicy'
import { beginUpload } from './uploadRollback'

/** Every guard built, so a test can check that no upload collection goes without one. */
export const UPLOAD_GUARDS = new WeakSet<CollectionBeforeOperationHook>()

/**
 * Runs before Payload looks at the file: the file's bytes decide whether it is accepted, its MIME
 * type and its extension, and its name becomes a safe slug. Nothing is on disk yet, so a refused
 * file leaves nothing behind. Payload keeps the extension of `file.name` when it does not
 * convert the file, which is why renaming the file here is what stores a PNG called `x.html`
 * as `x.png`. Then the operation's disk changes start being tracked (see uploadRollback).
 */
export function guardUpload(policy: UploadPolicy): CollectionBeforeOperationHook {
  const guard: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    const staticDir = collection.upload.staticDir
    if (file) {
      const detected = await detectFileType(file)
      const verdict = judgeUpload(policy, detected.mime, detected.size)
      if (!verdict.ok) throw new APIError(verdict.message, verdict.status, undefined, true)
      req.file = {
        ...file,
        name: safeUploadName(file.name ?? '', verdict.ext),
        mimetype: verdict.mime,
        size: detected.size,
      }
    }
    // Without a local folder (cloud storage) there are no files here to undo.
    if (!staticDir) return args
    if (operation === 'create') {
      // A duplicate copies the original's files, so every create is tracked.
      await beginUpload(req, collection.slug, staticDir, [])
    } else if (file) {
      const id = (args as { id?: number | string }).id
      if (id === undefined) {
        throw new APIError(
          'Файл можно заменить только у одного документа за раз.',
          400,
          undefined,
          true,
        )
      }
      const current = await req.payload
        .findByID({ collection: collection.slug, id, depth: 0, overrideAccess: true, req })
        .catch(() => undefined)
      await beginUpload(req, collection.slug, staticDir, uploadFileNames(current))
    }
    return args
  }
  UPLOAD_GUARDS.add(guard)
  return guard
}
