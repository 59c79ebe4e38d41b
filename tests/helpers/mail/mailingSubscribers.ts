import type { Payload } from 'payload'
import {
  newTokenSeed,
  subscriberToken,
  tokenHashOf,
} from '../../../cms/subscriptions/subscriberToken'

/**
 * A subscription row as the subscriptions flow leaves it (the form and its confirmation link are
 * tested in their own files): status, mode and the token its links carry.
 */
export async function addSubscriber(
  payload: Payload,
  data: {
    email: string
    org: string | number
    mode: 'every' | 'weekly'
    status?: 'pending' | 'confirmed' | 'unsubscribed' | 'bounced'
    confirmedAt?: Date
  },
): Promise<{ id: string | number; token: string }> {
  const tokenSeed = newTokenSeed()
  const token = subscriberToken(payload, { tokenSeed })
  const status = data.status ?? 'confirmed'
  const doc = await payload.create({
    collection: 'subscribers',
    data: {
      email: data.email,
      organization: data.org as number,
      mode: data.mode,
      status,
      tokenSeed,
      tokenHash: tokenHashOf(token),
      consentAt: new Date(0).toISOString(),
      confirmedAt:
        status === 'pending'
          ? null
          : (data.confirmedAt ?? new Date(Date.now() - 3600_000)).toISOString(),
    },
    depth: 0,
    overrideAccess: true,
  })
  return { id: doc.id, token }
}
