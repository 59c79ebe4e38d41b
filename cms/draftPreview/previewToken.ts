import { createHmac, timingSafeEqual } from 'node:crypto'

/** What a preview link may show: one draft of one document, asked for by one signed-in user. */
export interface PreviewGrant {
  collection: 'posts' | 'pages'
  id: string
  /** The user who asked for the link: the preview reads the draft with their rights. */
  user: string
  /** Seconds since the epoch after which the link no longer opens. */
  exp: number
}

/** A link is opened right after it is asked for; ten minutes leave room for a slow click. */
export const PREVIEW_TTL_SECONDS = 600

const MAX_TOKEN = 400
const TOKEN = /^[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{43}$/
const ID = /^[0-9a-f]{1,24}$/i

// A key of its own, derived from the server's secret: a preview token can never pass for a
// login, a form challenge or a subscriber's link, which are keyed for their own purposes.
const keyOf = (secret: string) =>
  createHmac('sha256', secret).update('union-sites:preview:link').digest()

const mac = (secret: string, body: string) =>
  createHmac('sha256', keyOf(secret)).update(body).digest('base64url')

/** The token of a preview link: the grant in base64url, a dot, its HMAC. */
export function signPreview(secret: string, grant: PreviewGrant): string {
  const body = Buffer.from(JSON.stringify(grant)).toString('base64url')
  return `${body}.${mac(secret, body)}`
}

/**
 * The grant of a token, or why it is refused: 'malformed' (not a token of ours), 'forged' (the
 * signature does not match), 'expired'. Compared in constant time; nothing is parsed before the
 * signature is checked.
 */
export function verifyPreview(
  secret: string,
  token: unknown,
  nowSeconds = Math.floor(Date.now() / 1000),
): PreviewGrant | 'malformed' | 'forged' | 'expired' {
  if (typeof token !== 'string' || token.length > MAX_TOKEN || !TOKEN.test(token))
    return 'malformed'
  const [body, signature] = token.split('.') as [string, string]
  const expected = Buffer.from(mac(secret, body))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged'
  let grant: Partial<PreviewGrant>
  try {
    grant = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<PreviewGrant>
  } catch {
    return 'malformed'
  }
  const { collection, id, user, exp } = grant
  if (
    (collection !== 'posts' && collection !== 'pages') ||
    typeof id !== 'string' ||
    !ID.test(id) ||
    typeof user !== 'string' ||
    !ID.test(user) ||
    typeof exp !== 'number' ||
    !Number.isInteger(exp)
  )
    return 'malformed'
  if (exp < nowSeconds) return 'expired'
  return { collection, id, user, exp }
}
