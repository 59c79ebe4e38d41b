import type { Payload, PayloadHandler } from 'payload'
import { maySeeSubscriberCounts } from '../../domain/subscriptions/subscriberScope'
import { trendStart, trendText } from '../../domain/subscriptions/subscriberTrend'
import { userOf } from '../access/userOf'
import { refuse, requestedOrg } from './requestedOrg'

export interface SubscriberStats {
  /** Confirmed subscribers now. */
  confirmed: number
  /** Subscribed four weeks ago (confirmed by then, not unsubscribed by then). */
  before: number
  trend: string
}

/**
 * The figures an org's editors see (never an address): counted in the database, not loaded.
 * «Before» is told from the rows' dates (domain/subscriptions/subscriberTrend.ts).
 */
export async function subscriberStats(
  payload: Payload,
  org: string | number,
  now: Date = new Date(),
): Promise<SubscriberStats> {
  const at = trendStart(now).toISOString()
  const count = (where: object) =>
    payload
      .count({ collection: 'subscribers', where: where as never, overrideAccess: true })
      .then((r) => r.totalDocs)
  const confirmed = await count({
    and: [{ organization: { equals: org } }, { status: { equals: 'confirmed' } }],
  })
  const before = await count({
    and: [
      { organization: { equals: org } },
      { confirmedAt: { less_than_equal: at } },
      { or: [{ unsubscribedAt: { exists: false } }, { unsubscribedAt: { greater_than: at } }] },
    ],
  })
  return { confirmed, before, trend: trendText(confirmed, before) }
}

/** GET /api/subscribers/stats?organization=<id> — the counts, for the org's own editors and admins. */
export const subscriberStatsEndpoint: PayloadHandler = async (req) => {
  const org = requestedOrg(req)
  if (!org) return refuse(400, 'Укажите организацию: ?organization=<id>.')
  if (!maySeeSubscriberCounts(userOf(req), org))
    return refuse(403, 'Число подписчиков видят редакторы этой организации.')
  return Response.json(await subscriberStats(req.payload, org), {
    headers: { 'Cache-Control': 'no-store' },
  })
}
