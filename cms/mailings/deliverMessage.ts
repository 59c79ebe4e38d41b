import type { Payload } from 'payload'
import type { RenderedMail } from '../mail/mailContent'
import { suppressAddress } from '../subscriptions/suppressAddress'
import { isHardRecipientFailure } from '../../domain/mailings/hardFailure'
import type { DeliveryLog } from './deliveryLog'
import type { NetworkLimiter } from './networkLimiter'
import type { mailingHeaders } from './mailingHeaders'

export interface OutgoingMessage {
  key: string
  to: string
  network: string
  mail: RenderedMail
  envelope: ReturnType<typeof mailingHeaders>
}

export type DeliveryOutcome = 'sent' | 'skipped' | 'bounced'

/**
 * Hands one message to SMTP at most once: wait for the network's rate, claim its key in the
 * delivery log (committed), send, mark it sent. Taken already → skipped, nothing sent. A 5xx to
 * RCPT marks every subscription of the address bounced (suppressAddress) and the claim failed.
 * Any other error gives the claim back and is thrown: the job fails and retries, and the run
 * that retries it sends only what the log does not hold.
 */
export async function deliverMessage(
  payload: Payload,
  log: DeliveryLog,
  limiter: NetworkLimiter,
  message: OutgoingMessage,
): Promise<DeliveryOutcome> {
  await limiter.take(message.network)
  if (!(await log.claim(message.key, message.to))) return 'skipped'
  try {
    await payload.sendEmail({ to: message.to, ...message.mail, ...message.envelope })
  } catch (error) {
    if (isHardRecipientFailure(error)) {
      const reason = error instanceof Error ? error.message : String(error)
      await log.mark(message.key, 'failed', reason)
      await suppressAddress(payload, message.to, reason)
      return 'bounced'
    }
    await log.release(message.key)
    throw error
  }
  await log.mark(message.key, 'sent')
  return 'sent'
}
