import type { PayloadRequest, TaskConfig, Where } from 'payload'
import { retentionCutoffs } from '../../domain/mailings/retention'

const BATCH = 500

/**
 * Deletes by `where` a batch at a time (ids first, with `limit`: a bulk delete by `where` alone
 * would load every match at once). Returns how many rows went.
 */
async function deleteAll(
  req: PayloadRequest,
  collection: 'subscribers' | 'mail-deliveries',
  where: Where,
): Promise<number> {
  let deleted = 0
  for (;;) {
    const { docs } = await req.payload.find({
      collection,
      where,
      select: { createdAt: true },
      depth: 0,
      limit: BATCH,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) return deleted
    await req.payload.delete({
      collection,
      where: { id: { in: docs.map((d) => d.id) } },
      depth: 0,
      select: { createdAt: true },
      overrideAccess: true,
      req,
    })
    deleted += docs.length
    if (docs.length < BATCH) return deleted
  }
}

/**
 * Daily: the mailing forgets what it no longer needs (domain/mailings/retention.ts) —
 * subscriptions never confirmed, addresses that unsubscribed or bounced, old delivery-log rows.
 * `updatedAt` is when a row took its last status (both are final: subscribing again makes a new
 * pending request). Indexed fields only: status and the timestamps.
 */
export const purgeMailing: TaskConfig<{
  input: { now?: string }
  output: { subscribers: number; deliveries: number }
}> = {
  slug: 'purgeMailing',
  label: 'Удаление устаревших данных рассылки',
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'subscribers', type: 'number' },
    { name: 'deliveries', type: 'number' },
  ],
  schedule: [{ cron: '45 3 * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ input, req }) => {
    const cutoff = retentionCutoffs(input?.now ? new Date(input.now) : new Date())
    const pending = await deleteAll(req, 'subscribers', {
      and: [{ status: { equals: 'pending' } }, { updatedAt: { less_than: cutoff.pending } }],
    })
    const ended = await deleteAll(req, 'subscribers', {
      and: [
        { status: { in: ['unsubscribed', 'bounced'] } },
        { updatedAt: { less_than: cutoff.ended } },
      ],
    })
    const deliveries = await deleteAll(req, 'mail-deliveries', {
      createdAt: { less_than: cutoff.deliveries },
    })
    return { output: { subscribers: pending + ended, deliveries } }
  },
}
