/** A development-only secret so the demo starts with no set-up; production must set its own. */
const DEV_SECRET = 'union-sites-development-secret-do-not-use-in-production'

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET is not set. Set it to a long random string (see .env.example).')
  }
  return DEV_SECRET
}
