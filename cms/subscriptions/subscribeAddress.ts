import type { Payload } from 'payload'
import type { SubscribeInput } from '../../domain/subscriptions/subscribeInput'
import { newTokenSeed, subscriberToken, tokenHashOf } from './subscriberToken'

/**
 * What came of a subscription request: `confirm` — a pending row with a fresh token, to which
 * exactly one confirmation mail goes; `nothing` — the address is already subscribed to this
 * site (it changes nothing and is told nothing: the form's answer is the same either way, so
 * the form cannot be used to learn who is subscribed).
 */
export type SubscribeOutcome = { kind: 'confirm'; token: string } | { kind: 'nothing' }

const isUniqueViolation = (error: unknown) =>
  /unique|duplicate|UNIQUE constraint|E11000|already/i.test(
    String((error as Error)?.message ?? error),
  ) || (error as { name?: string })?.name === 'ValidationError'

/**
 * Creates or refreshes the (address, site) row. A new, pending, unsubscribed or bounced row
 * becomes `pending` with a new seed (the links of any earlier mail stop working), the chosen
 * mode and a new consent time; a confirmed row is left as it is (its mode is changed through
 * the preferences link, which proves the mailbox). Two concurrent first requests meet at the
 * unique (email, organization) index: the loser finds the winner's row and refreshes it.
 */
export async function subscribeAddress(
  payload: Payload,
  input: SubscribeInput,
  now: Date = new Date(),
): Promise<SubscribeOutcome> {
  const seed = newTokenSeed()
  const token = subscriberToken(payload, { tokenSeed: seed })
  const fresh = {
    mode: input.mode,
    status: 'pending' as const,
    tokenSeed: seed,
    tokenHash: tokenHashOf(token),
    consentAt: now.toISOString(),
    confirmedAt: null,
    unsubscribedAt: null,
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    const { docs } = await payload.find({
      collection: 'subscribers',
      where: {
        and: [{ email: { equals: input.email } }, { organization: { equals: input.org } }],
      },
      select: { status: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const row = docs[0]
    if (row?.status === 'confirmed') return { kind: 'nothing' }
    if (row) {
      await payload.update({
        collection: 'subscribers',
        id: row.id,
        data: fresh,
        depth: 0,
        overrideAccess: true,
      })
      return { kind: 'confirm', token }
    }
    try {
      await payload.create({
        collection: 'subscribers',
        data: {
          ...fresh,
          email: input.email,
          organization: Number(input.org) || input.org,
        } as never,
        depth: 0,
        overrideAccess: true,
      })
      return { kind: 'confirm', token }
    } catch (error) {
      if (attempt > 0 || !isUniqueViolation(error)) throw error
    }
  }
  return { kind: 'nothing' }
}
