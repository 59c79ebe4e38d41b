import type { PayloadRequest } from 'payload'
import { trendShares, type Trend } from '../../../domain/monitoring/trendShares'
import { monitoredOrg } from '../subtreeIndicators'
import { quarterCounts } from './quarterCounts'

/**
 * The stored quarters of `orgId`'s monitoring for a user who may see it (Forbidden / NotFound
 * as subtreeIndicators): per indicator the share of the subtree's orgs meeting it, or with
 * `only`, that org alone (each share then 1 or 0, its light read from the counts).
 */
export async function monitoringTrend(
  req: PayloadRequest,
  orgId: string,
  { only = false }: { only?: boolean } = {},
): Promise<Trend> {
  const org = await monitoredOrg(req, orgId)
  const id = Number(org.id)
  return trendShares(await quarterCounts(req, only ? { only: id } : id))
}
