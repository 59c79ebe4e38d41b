import type { Payload } from 'payload'
import type { Subscriber } from '../payload-types'
import { isTokenShape, tokenHashOf } from './subscriberToken'

export type TokenLookup = Subscriber | 'malformed' | 'unknown'

/** The row a link's token belongs to, found by the token's SHA-256 (the only form stored). */
export async function subscriberByToken(payload: Payload, token: unknown): Promise<TokenLookup> {
  if (!isTokenShape(token)) return 'malformed'
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { tokenHash: { equals: tokenHashOf(token) } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ?? 'unknown'
}
