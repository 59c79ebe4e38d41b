/**
 * A permanent refusal of the recipient (RFC 5321: a 5xx reply to RCPT TO, e.g. 550 «no such
 * mailbox»): the address is marked and never mailed again. A 4xx, a refused connection or a
 * timeout is transient: the message is retried later.
 */
export function isHardRecipientFailure(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const e = error as { responseCode?: unknown; command?: unknown; code?: unknown }
  const code = typeof e.responseCode === 'number' ? e.responseCode : 0
  if (code < 500 || code > 599) return false
  // nodemailer names the command that failed; a single-recipient message refused at RCPT gives
  // EENVELOPE. A 5xx to DATA or AUTH is the server's or our problem, not the address's.
  return (typeof e.command === 'string' && /RCPT/i.test(e.command)) || e.code === 'EENVELOPE'
}
