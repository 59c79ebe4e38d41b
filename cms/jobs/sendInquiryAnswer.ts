import type { TaskConfig } from 'payload'
import { renderMail } from '../mail/renderMail'
import { idOf } from '../services/refs'

/**
 * E-mails an inquiry's answer to the member, from the org handling it, Reply-To the org's
 * contact e-mail when it has one (so the member's reply reaches people, not the platform).
 * A member who left only a phone gets no mail: the admin tells the editor to call.
 */
export const sendInquiryAnswer: TaskConfig<{
  input: { inquiryId: string }
  output: { sent: boolean }
}> = {
  slug: 'sendInquiryAnswer',
  label: 'Ответ на обращение',
  inputSchema: [{ name: 'inquiryId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: 3,
  handler: async ({ input, req }) => {
    const inquiry = await req.payload
      .findByID({
        collection: 'inquiries',
        id: input.inquiryId,
        depth: 0,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    if (!inquiry?.email || !inquiry.answer?.trim()) return { output: { sent: false } }
    const orgId = idOf(inquiry.organization)
    const org =
      orgId === null
        ? null
        : await req.payload.findByID({
            collection: 'organizations',
            id: orgId,
            depth: 0,
            select: { name: true, shortName: true, contacts: true },
            overrideAccess: true,
            req,
          })
    const orgName = org?.shortName || org?.name || 'Профсоюз'
    const mail = await renderMail({
      subject: `Ответ на ваше обращение — ${orgName}`,
      heading: `Здравствуйте, ${inquiry.name}!`,
      paragraphs: [
        `${orgName} отвечает на ваше обращение «${inquiry.title ?? ''}».`,
        ...inquiry.answer
          .split(/\n{2,}/)
          .map((p) => p.trim())
          .filter(Boolean),
      ],
      footer: `Вы получили это письмо, потому что написали в ${orgName} через форму на сайте ${inquiry.site ?? ''}.`,
      brand: { name: orgName },
    })
    await req.payload.sendEmail({
      to: inquiry.email,
      ...mail,
      ...(org?.contacts?.email ? { replyTo: org.contacts.email } : {}),
    })
    return { output: { sent: true } }
  },
}
