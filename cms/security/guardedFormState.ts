import type { PayloadRequest, ServerFunction } from 'payload'
import { mayUpdateDocument } from './mayUpdateDocument'

type FormStateArgs = {
  collectionSlug?: string
  id?: number | string
  req: PayloadRequest
  returnLockStatus?: boolean
  updateLastEdited?: boolean
}

/**
 * Payload's form-state server function takes a document lock in the caller's name whenever it
 * is asked for the lock status and finds none, writing through the database adapter (below every
 * access rule), for any document id it is given. Called by hand for a document the caller may
 * only read, that would lock the real editors out for five minutes at a time. The lock is
 * therefore asked for only when the caller may update the document; the form itself is built as
 * before (read access still applies to what it shows).
 */
export function guardedFormState(
  base: ServerFunction<any, any>,
): ServerFunction<FormStateArgs, Promise<unknown>> {
  return async (args) => {
    const { req, collectionSlug, id, returnLockStatus } = args
    if (returnLockStatus && collectionSlug && !(await mayUpdateDocument(req, collectionSlug, id))) {
      return base({ ...args, returnLockStatus: false, updateLastEdited: false } as never)
    }
    return base(args as never)
  }
}
