import type { Payload } from 'payload'
import { testDb } from './testPayload'

/**
 * On PostgreSQL, pushes what the config has beyond the committed migrations (new fields of a
 * branch whose migration the lead writes at the end), so a branch's int tests run on both
 * databases before that migration exists. Once the migration is in, there is nothing to push.
 */
export async function pushPendingSchema(payload: Payload): Promise<void> {
  if (testDb() !== 'postgres') return
  const { pushDevSchema } = await import('@payloadcms/drizzle')
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  await pushDevSchema(payload.db as never)
}
