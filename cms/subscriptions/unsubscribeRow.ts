import type { Payload } from 'payload'
import type { Subscriber } from '../payload-types'

/**
 * Stops all mail to the row at once: the senders read the status right before each batch. The
 * address stays (for the trend, and so the form can tell a returning reader nothing new); the
 * admin deletes it on request. Idempotent: a second click changes nothing.
 */
export async function unsubscribeRow(payload: Payload, row: Subscriber, now = new Date()) {
  if (row.status === 'unsubscribed') return
  await payload.update({
    collection: 'subscribers',
    id: row.id,
    data: { status: 'unsubscribed', unsubscribedAt: now.toISOString() },
    depth: 0,
    overrideAccess: true,
  })
}

/**
 * The digest's one-click: every weekly subscription of the row's address stops, on every site
 * (one digest carries them all). The token proves the reader holds the mailbox the digest went
 * to, so no other address is touched. Returns how many rows changed.
 */
export async function unsubscribeDigest(payload: Payload, row: Subscriber, now = new Date()) {
  const { docs } = await payload.update({
    collection: 'subscribers',
    where: {
      and: [
        { email: { equals: row.email } },
        { mode: { equals: 'weekly' } },
        { status: { in: ['pending', 'confirmed'] } },
      ],
    },
    data: { status: 'unsubscribed', unsubscribedAt: now.toISOString() },
    depth: 0,
    select: { status: true },
    overrideAccess: true,
  })
  return docs.length
}
