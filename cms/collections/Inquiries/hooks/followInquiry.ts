import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../../../services/refs'
import { notifyInquiryEditors } from '../../../inquiries/notifyInquiryEditors'
import { FORWARDED } from './forwardInquiry'

/**
 * What follows a save, in the same transaction: a forward moves the attachment's rights to the
 * new handler and queues the mail to its editors; a move to «Отвечено» queues the answer to the
 * member (the job reads the inquiry itself, with every field, and skips a member without e-mail).
 */
export const followInquiry: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update') return doc
  const forwarded = req.context[FORWARDED] as { id: unknown; to: unknown } | undefined
  if (forwarded && String(forwarded.id) === String(doc.id)) {
    delete req.context[FORWARDED]
    const file = idOf(previousDoc?.attachment)
    if (file !== null) {
      await req.payload.update({
        collection: 'inquiry-files',
        id: file,
        data: { organization: forwarded.to } as never,
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
    await notifyInquiryEditors(req, doc.id, 'forwarded')
  }
  if (doc.status === 'answered' && previousDoc?.status !== 'answered') {
    await req.payload.jobs.queue({
      task: 'sendInquiryAnswer',
      input: { inquiryId: String(doc.id) },
      req,
    })
  }
  return doc
}
