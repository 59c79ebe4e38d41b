import { createHash, createHmac, randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

/**
 * The token in a subscriber's links (confirm, unsubscribe, preferences): 32 bytes, base64url.
 * Every later mail must carry it again, yet the database must not hold it (a leaked table would
 * then unsubscribe or re-point everyone). So a row keeps a random 32-byte seed and the SHA-256 of
 * the token; the token is the HMAC of the seed under a key derived from the server's secret
 * (PAYLOAD_SECRET, as the form's challenge keys are). The table alone yields no token; the server
 * recomputes it for each mail (subscriberToken) and finds a row by the hash (tokenHashOf).
 */
const key = (payload: Payload) =>
  createHmac('sha256', payload.secret).update('union-sites:subscriptions:token').digest()

/** A fresh seed for a new or renewed subscription (a new seed voids the old links). */
export const newTokenSeed = () => randomBytes(32).toString('base64url')

/** The token of a row with this seed: what its links carry. */
export const subscriberToken = (payload: Payload, row: { tokenSeed: string }) =>
  createHmac('sha256', key(payload)).update(row.tokenSeed).digest('base64url')

/** What the database keeps of a token, and what a link's token is looked up by. */
export const tokenHashOf = (token: string) => createHash('sha256').update(token).digest('hex')

/** A well-formed token: 32 bytes in base64url (43 characters); anything else is not looked up. */
export const isTokenShape = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
