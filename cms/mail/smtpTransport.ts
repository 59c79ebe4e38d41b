import nodemailer, { type Transporter } from 'nodemailer'

const transports = new Map<string, Transporter>()

/**
 * One nodemailer transport per SMTP_URL, made on first use: the URL is read through config on
 * every send, so a changed variable (a test's own server) takes effect without a restart.
 * Bounded timeouts: a server that hangs fails the job, which retries, instead of blocking the runner.
 */
export function smtpTransport(url: string): Transporter {
  let transport = transports.get(url)
  if (!transport) {
    transport = nodemailer.createTransport({
      url,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    })
    transports.set(url, transport)
  }
  return transport
}
