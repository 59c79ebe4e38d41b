import { readFile } from 'node:fs/promises'
import type { TaskConfig } from 'payload'
import type { MailContent } from '../mail/mailContent'
import { renderMail } from '../mail/renderMail'
import { standFilePath } from '../stand/standFiles'

/**
 * The Monday mail: one week's stand as a PDF attachment to the org's chairperson or information
 * officer. Queued by the stand printer (publishing/stand/mondayStands.ts) after it has printed
 * the PDF into DATA_DIR/stands/; the job carries the file's name, not its bytes, and a failed
 * send retries this message alone.
 */
export const mailStand: TaskConfig<{
  input: {
    to: string
    content: MailContent
    /** `<org id>/<yyyy>-w<ww>.pdf` under DATA_DIR/stands (standFiles.ts). */
    file: string
    /** The attachment's name as the reader sees it. */
    filename: string
  }
  output: { messageId: string }
}> = {
  slug: 'mailStand',
  label: 'Стенд недели председателю',
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'content', type: 'json', required: true },
    { name: 'file', type: 'text', required: true },
    { name: 'filename', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  retries: 5,
  handler: async ({ input, req }) => {
    const pdf = await readFile(standFilePath(input.file))
    const mail = await renderMail(input.content)
    const info = (await req.payload.sendEmail({
      to: input.to,
      ...mail,
      attachments: [{ filename: input.filename, content: pdf, contentType: 'application/pdf' }],
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    })) as { messageId?: string } | undefined
    return { output: { messageId: info?.messageId ?? '' } }
  },
}
