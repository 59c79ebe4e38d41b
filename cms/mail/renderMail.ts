import mjml2html from 'mjml'
import type { MailContent, RenderedMail } from './mailContent'
import { mailMjml } from './mailMjml'
import { mailText } from './mailText'
import { oneLine } from './safeMailUrl'

export type { MailContent, RenderedMail } from './mailContent'

/**
 * One message as everything that mails renders it: `{ subject, html, text }` ready for
 * `req.payload.sendEmail({ to, ...rendered })`. HTML through MJML (tables and inline styles that
 * hold up in Outlook and phone clients, which hand-written HTML does not), text from the same
 * content. Every string is escaped; a non-http(s) link or a template MJML rejects throws.
 */
export async function renderMail(content: MailContent): Promise<RenderedMail> {
  const result = await mjml2html(mailMjml(content), {
    validationLevel: 'strict',
    // No file is ever included into a letter (an escaped string cannot form one, and this stays so).
    ignoreIncludes: true,
    fonts: {},
    keepComments: false,
  })
  return { subject: oneLine(content.subject), html: result.html, text: mailText(content) }
}
