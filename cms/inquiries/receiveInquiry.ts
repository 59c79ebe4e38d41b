import { APIError, type Payload, type PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { notifyInquiryEditors } from './notifyInquiryEditors'
import { routeInquiry } from './routeInquiry'

export interface InquiryInput {
  /** The org the form was addressed to (the site's org): it handles the inquiry first. */
  organization: string
  /** The host, plus the path base of a section site (`/org/<slug>`). */
  site: string
  topic: string
  message: string
  name: string
  email?: string
  phone?: string
  workplace?: string
  attachment?: { data: Buffer; mimetype: string; name: string; size: number }
}

/**
 * The one way an inquiry comes into being (the public form endpoint calls it): the attachment
 * is stored first (judged by its bytes, private folder), then the inquiry, both overriding access,
 * which REST and GraphQL never do (`create` is refused there for everyone). The handling org's
 * editors are notified by a queued job. An org without editors of its own passes it up at once
 * (routeInquiry). The hooks set receivedAt, the status and the history
 * access; field validation (topic, e-mail) refuses bad input with a 400.
 */
export async function receiveInquiry(
  payload: Payload,
  input: InquiryInput,
  parentReq?: PayloadRequest,
): Promise<{ id: string }> {
  const req = parentReq ?? (await createLocalReq({}, payload))
  const org = await payload
    .findByID({ collection: 'organizations', id: input.organization, depth: 0, req })
    .catch(() => null)
  if (!org) throw new APIError('Организация не найдена.', 400, undefined, true)

  const route = await routeInquiry(req, org.id)
  let fileId: number | string | undefined
  if (input.attachment) {
    const file = await payload.create({
      collection: 'inquiry-files',
      data: { organization: route.handler } as never,
      file: input.attachment,
      overrideAccess: true,
      depth: 0,
      req,
    })
    fileId = file.id
  }
  try {
    const doc = await payload.create({
      collection: 'inquiries',
      data: {
        organization: route.handler,
        sourceOrganization: org.id,
        handlers: route.handlers,
        forwards: route.forwards,
        site: input.site,
        topic: input.topic,
        message: input.message,
        name: input.name,
        email: input.email || undefined,
        phone: input.phone || undefined,
        workplace: input.workplace || undefined,
        attachment: fileId,
        // The form refuses to send without the consent box ticked.
        consentAt: new Date().toISOString(),
      } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
    await notifyInquiryEditors(req, doc.id, 'received')
    return { id: String(doc.id) }
  } catch (error) {
    // SQLite runs without transactions: an attachment whose inquiry failed must not linger.
    if (fileId !== undefined) {
      await payload
        .delete({ collection: 'inquiry-files', id: fileId, overrideAccess: true, req })
        .catch(() => undefined)
    }
    throw error
  }
}
