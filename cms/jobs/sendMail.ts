import type { TaskConfig } from 'payload'
import type { MailContent } from '../mail/mailContent'
import { renderMail } from '../mail/renderMail'

/**
 * Sends one message to one address. A message per job, so a refused address (550) or a server
 * that is down fails and retries only that message: the other recipients never get it twice.
 * The job keeps what the message says (renderMail's input), not the rendered HTML: a tenth of
 * the size in the jobs table and in the log line Payload writes for a failed attempt.
 * Completed jobs are deleted, with the message they carried.
 */
export const sendMail: TaskConfig<{
  input: {
    to: string
    content: MailContent
    replyTo?: string | null
    /** List-Id `<id>` (RFC 2919) for mail a reader may want to filter, e.g. an org's notices. */
    listId?: string | null
    listName?: string | null
    /** Mail a program sent (notices), not a person: RFC 3834 Auto-Submitted, no auto-replies. */
    automatic?: boolean | null
  }
  output: { messageId: string }
}> = {
  slug: 'sendMail',
  label: 'Отправка письма',
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'content', type: 'json', required: true },
    { name: 'replyTo', type: 'text' },
    { name: 'listId', type: 'text' },
    { name: 'listName', type: 'text' },
    { name: 'automatic', type: 'checkbox' },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  retries: 5,
  handler: async ({ input, req }) => {
    const mail = await renderMail(input.content)
    const info = (await req.payload.sendEmail({
      to: input.to,
      ...mail,
      ...(input.replyTo ? { replyTo: input.replyTo } : {}),
      ...(input.listId
        ? {
            list: {
              id: input.listName ? { url: input.listId, comment: input.listName } : input.listId,
            },
          }
        : {}),
      ...(input.automatic
        ? { headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' } }
        : {}),
    })) as { messageId?: string } | undefined
    return { output: { messageId: info?.messageId ?? '' } }
  },
}
