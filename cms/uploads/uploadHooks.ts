import type { CollectionConfig } from 'payload'
import { guardUpload } from './guardUpload'
import { uploadFileNames } from './uploadFileNames'
import type { UploadPolicy } from './uploadPolicy'
import { commitUpload, noteWritten, rollBackUpload } from './uploadRollback'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * The hooks every upload collection spreads into its `hooks`: the content check and safe name
 * before anything happens, and the undo of the operation's disk changes when it fails.
 * Failures reach `afterError` through REST (the admin, and anyone outside the server); a Local
 * API caller is server code and sees the error itself.
 */
export function uploadHooks(
  policy: UploadPolicy,
): Required<Pick<Hooks, 'beforeOperation' | 'beforeValidate' | 'afterOperation' | 'afterError'>> {
  return {
    beforeOperation: [guardUpload(policy)],
    // After Payload has chosen the names and before it writes: these are the files to undo.
    beforeValidate: [
      ({ collection, data, req }) => {
        noteWritten(req, collection.slug, uploadFileNames(data))
        return data
      },
    ],
    afterOperation: [
      async ({ collection, operation, req, result }) => {
        if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
          await commitUpload(req, collection.slug)
        }
        return result
      },
    ],
    afterError: [
      async ({ collection, req }) => {
        if (!collection) return
        await rollBackUpload(req, collection.slug, async (filename) => {
          const { totalDocs } = await req.payload.count({
            collection: collection.slug,
            where: { filename: { equals: filename } },
            overrideAccess: true,
          })
          return totalDocs > 0
        })
      },
    ],
  }
}
