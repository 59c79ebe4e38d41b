import nodemailer, { type Transport, type Transporter } from 'nodemailer'
import type { Payload } from 'payload'
import { mailSettings, NO_SMTP_MESSAGE, type MailSettings } from './mailSettings'
import { smtpTransport } from './smtpTransport'

const addresses = (value: unknown): string =>
  (Array.isArray(value) ? value : [value])
    .map((a) => (a && typeof a === 'object' && 'address' in a ? String(a.address) : String(a)))
    .join(', ')

/**
 * The one transport Payload's nodemailer adapter is given. Per message it reads the settings and
 * routes: SMTP_URL set → that server; unset on a development machine → the log (recipient,
 * subject and the text part, so a developer can follow the links); unset in production → an
 * error, so the job that sends it fails visibly instead of the admin pretending it was sent.
 */
export function routedTransport(
  logger: () => Pick<Payload['logger'], 'info'> | undefined,
  settingsNow: () => MailSettings = mailSettings,
): Transporter {
  const transport: Transport<unknown> = {
    name: 'union-sites',
    version: '1',
    send(mail, callback) {
      let settings
      try {
        settings = settingsNow()
      } catch (error) {
        return callback(error as Error, undefined)
      }
      const data = mail.data
      if (settings.smtpUrl) {
        smtpTransport(settings.smtpUrl)
          .sendMail(data)
          .then((info) => callback(null, info))
          .catch((error: Error) => callback(error, undefined))
        return
      }
      if (!settings.development) return callback(new Error(NO_SMTP_MESSAGE), undefined)
      logger()?.info(
        `Письмо (SMTP_URL не задан, показано здесь вместо отправки)\nКому: ${addresses(data.to)}\nТема: ${String(data.subject ?? '')}\n\n${String(data.text ?? '')}`,
      )
      callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId() })
    },
  }
  return nodemailer.createTransport(transport)
}
