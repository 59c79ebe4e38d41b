import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, Payload } from 'payload'
import { mailSettings, splitMailbox } from './mailSettings'
import { routedTransport } from './routedTransport'

/**
 * Payload's e-mail adapter for everything that sends mail (proposals, inquiries, answers):
 * the official nodemailer adapter over our routed transport (routedTransport.ts). Always given a
 * transport: without one the adapter would open a test account on ethereal.email, a third party.
 * From and Reply-To come from config on every send, so they follow EMAIL_FROM/EMAIL_REPLY_TO.
 */
export async function mailAdapter(): Promise<EmailAdapter> {
  const boot = mailSettings()
  let logger: Payload['logger'] | undefined
  const sender = splitMailbox(boot.from)
  const base = await nodemailerAdapter({
    // Payload's own messages use these; ours get EMAIL_FROM as it is when they are sent.
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    transport: routedTransport(() => logger),
    // verify() would connect at boot; a mail server that is down must not stop the admin.
    skipVerify: true,
  })
  return ({ payload }) => {
    logger = payload.logger
    if (!boot.smtpUrl && !boot.development)
      payload.logger.error(
        'SMTP_URL is not set: no mail will be sent. Every job that sends mail fails and shows the error until SMTP_URL and EMAIL_FROM are set.',
      )
    const adapter = base({ payload })
    return {
      ...adapter,
      sendEmail: (message) => {
        const settings = mailSettings()
        return adapter.sendEmail({
          ...message,
          from: message.from ?? settings.from,
          replyTo: message.replyTo ?? settings.replyTo,
        })
      },
    }
  }
}
