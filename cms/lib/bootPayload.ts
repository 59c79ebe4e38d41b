import { getPayload, type Payload } from 'payload'

/** Local API without Next.js: scripts, the seed and the tests start Payload this way. */
export async function bootPayload(): Promise<Payload> {
  const config = (await import('../payload.config')).default
  return getPayload({ config })
}
