import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { configValue } from '../../../config'

/**
 * A real SMTP server on 127.0.0.1 for tests: every message it accepts is parsed with mailparser
 * and kept, with the envelope's recipients, so a test asserts on what a mail client would see.
 *
 * Pointing the Payload of an int test at it: the product's transport (cms/mail/routedTransport.ts)
 * reads SMTP_URL, EMAIL_FROM and EMAIL_REPLY_TO through config on every send, so
 *
 *   const mailbox = await startTestMailbox()
 *   const restore = mailbox.pointProductHere()   // sets SMTP_URL (and EMAIL_FROM) for this process
 *   afterAll(async () => { restore(); await mailbox.close() })
 *
 * Restore in afterAll: the int files share one process (isolate: false), and the next file must
 * find the environment as it was (no SMTP_URL: mail goes to the development console).
 * Jobs send the mail: run them with `payload.jobs.run()` and then `mailbox.waitFor(...)`;
 * notifyEditors queues one `sendMail` job per editor, so run the queue twice (see
 * tests/int/mail.int.spec.ts). Links in mail need SERVER_URL (also read per message).
 * An e2e test that starts the admin as a child process passes `SMTP_URL: mailbox.url` in its env.
 */

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), lower-cased: covers To, Cc and Bcc alike. */
  recipients: string[]
  /** Envelope sender (MAIL FROM). */
  sender: string
  parsed: ParsedMail
}

export interface TestMailbox {
  /** `smtp://127.0.0.1:<port>`, as SMTP_URL takes it. */
  url: string
  readonly received: readonly ReceivedMail[]
  /** Messages whose envelope names this address (case-insensitive). */
  messagesTo(address: string): ParsedMail[]
  /** Resolves with the first message the predicate accepts; rejects after timeoutMs (default 10 s). */
  waitFor(
    predicate: (mail: ReceivedMail) => boolean,
    options?: { timeoutMs?: number },
  ): Promise<ReceivedMail>
  /** From now on, answer `550` to RCPT TO for the addresses the rule matches (undefined: accept all). */
  refuseRecipients(rule: ((address: string) => boolean) | undefined): void
  /** Forget what was received so far. */
  clear(): void
  /** Sets SMTP_URL (and EMAIL_FROM if given) in this process; returns the restore function. */
  pointProductHere(options?: { from?: string }): () => void
  close(): Promise<void>
}

export async function startTestMailbox(): Promise<TestMailbox> {
  const received: ReceivedMail[] = []
  let refuse: ((address: string) => boolean) | undefined
  const server = new SMTPServer({
    // No TLS on a loopback test server: nodemailer would otherwise upgrade and reject the
    // self-signed certificate. Credentials in SMTP_URL are accepted as they come.
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
    onRcptTo: (address, _session, callback) => {
      if (refuse?.(address.address.toLowerCase())) {
        const error = new Error(`Mailbox unavailable: ${address.address}`) as Error & {
          responseCode: number
        }
        error.responseCode = 550
        return callback(error)
      }
      callback()
    },
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          received.push({
            recipients: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            sender: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            parsed,
          })
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  const port = await new Promise<number>((resolve, reject) => {
    server.on('error', reject)
    const listener = server.listen(0, '127.0.0.1', () =>
      resolve((listener.address() as AddressInfo).port),
    )
  })
  const url = `smtp://127.0.0.1:${port}`

  return {
    url,
    received,
    messagesTo: (address) =>
      received.filter((m) => m.recipients.includes(address.toLowerCase())).map((m) => m.parsed),
    async waitFor(predicate, { timeoutMs = 10_000 } = {}) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = received.find(predicate)
        if (found) return found
        if (Date.now() > deadline)
          throw new Error(
            `No matching mail within ${timeoutMs} ms; received: ${JSON.stringify(
              received.map((m) => ({ to: m.recipients, subject: m.parsed.subject })),
            )}`,
          )
        await new Promise((r) => setTimeout(r, 25))
      }
    },
    refuseRecipients: (rule) => {
      refuse = rule
    },
    clear: () => {
      received.length = 0
    },
    pointProductHere({ from } = {}) {
      // Read through config like every reader (both parse to the text as written).
      const before = { SMTP_URL: configValue('SMTP_URL'), EMAIL_FROM: configValue('EMAIL_FROM') }
      process.env.SMTP_URL = url
      if (from !== undefined) process.env.EMAIL_FROM = from
      return () => {
        for (const [name, value] of Object.entries(before))
          if (value === undefined) delete process.env[name]
          else process.env[name] = value
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
