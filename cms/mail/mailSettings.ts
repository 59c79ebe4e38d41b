import { readConfig, type Config } from '../../config'
import { isDevelopmentMode } from '../lib/secret'

/** The sender of development mail, when EMAIL_FROM is not set on a development machine. */
export const DEV_EMAIL_FROM = 'Сайты профсоюзов <no-reply@localhost>'

export interface MailSettings {
  smtpUrl?: string
  from: string
  replyTo?: string
  development: boolean
}

/**
 * Where and as whom mail goes, read through config on every send. A production server with an
 * SMTP server but no EMAIL_FROM is a configuration error: a made-up sender is refused or marked as
 * spam by the receiving servers, so it is better said at once.
 */
export function mailSettings(settings: Config = readConfig()): MailSettings {
  const development = isDevelopmentMode(settings)
  if (settings.SMTP_URL && !settings.EMAIL_FROM && !development)
    throw new Error(
      'EMAIL_FROM is not set: with SMTP_URL set, set EMAIL_FROM to the sender of all mail, e.g. "Union Sites <no-reply@example.org>".',
    )
  return {
    smtpUrl: settings.SMTP_URL,
    from: settings.EMAIL_FROM ?? DEV_EMAIL_FROM,
    replyTo: settings.EMAIL_REPLY_TO,
    development,
  }
}

/**
 * Name and address of a mailbox as EMAIL_FROM holds it (config/values.ts checked the form):
 * Payload's own messages (password reset) build their From from these two.
 */
export function splitMailbox(mailbox: string): { name: string; address: string } {
  const named = /^([^<>]*)<([^<>]+)>$/.exec(mailbox.trim())
  if (!named) return { name: '', address: mailbox.trim() }
  return { name: named[1]!.trim().replace(/^"(.*)"$/, '$1'), address: named[2]!.trim() }
}

/** The job log shows this when production has no SMTP server: nothing pretends to be sent. */
export const NO_SMTP_MESSAGE =
  'SMTP_URL is not set: mail is not sent. Set SMTP_URL (and EMAIL_FROM) to an SMTP server; the failed jobs show what was not delivered.'
