import type { Payload } from 'payload'

/** The `scope` of an unsubscribe link that stops every weekly subscription of the address. */
export const DIGEST_SCOPE = 'digest'

export interface SubscriberLinks {
  confirm: string
  unsubscribe: string
  preferences: string
  /**
   * The one-click link of a digest with sections of several sites: it stops the whole digest
   * (every weekly subscription of the address), as a mail client's «Отписаться» must — the
   * reader unsubscribes from the message they see, not from one of its sections.
   */
  unsubscribeDigest: string
}

/**
 * The absolute links of a subscriber's token on the site it subscribed on: `origin` is the site's
 * scheme and host (`https://ppo.example.ru`), `base` its section path (`''` or `/org/<slug>`).
 * They go to the site's own `/_forms/*` (forwarded to /api/forms/*), so a reader never leaves
 * the site's host. GET of each shows a page with a button; only the POST acts (mail scanners
 * prefetch links). The unsubscribe link is also the RFC 8058 one-click target. `token` is the
 * row's subscriberToken(payload, row) (./subscriberToken.ts): the database does not hold it.
 */
export function subscriberLinks(origin: string, base: string, token: string): SubscriberLinks {
  const root = `${origin.replace(/\/+$/, '')}${base.replace(/\/+$/, '')}/_forms`
  const query = `?token=${encodeURIComponent(token)}`
  return {
    confirm: `${root}/confirm${query}`,
    unsubscribe: `${root}/unsubscribe${query}`,
    preferences: `${root}/preferences${query}`,
    unsubscribeDigest: `${root}/unsubscribe${query}&scope=${DIGEST_SCOPE}`,
  }
}

/**
 * The SMTP server refused the address for good (a 5xx on RCPT): every row of it, on every site,
 * becomes `bounced`, and the senders skip it from then on. `reason` goes to the log only — the
 * rows keep nothing beyond their status (152-ФЗ: no more personal data than needed).
 * Returns how many rows changed.
 */
export async function suppressAddress(
  payload: Payload,
  email: string,
  reason: string,
): Promise<number> {
  const address = email.trim().toLowerCase()
  if (!address) return 0
  const { docs } = await payload.update({
    collection: 'subscribers',
    where: { and: [{ email: { equals: address } }, { status: { not_equals: 'bounced' } }] },
    data: { status: 'bounced' },
    depth: 0,
    select: { status: true },
    overrideAccess: true,
  })
  if (docs.length > 0)
    payload.logger.warn({ rows: docs.length, reason }, 'A subscriber address bounced for good')
  return docs.length
}
