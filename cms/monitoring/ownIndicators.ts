import type { PayloadRequest } from 'payload'
import type { OrgRow } from '../../domain/monitoring/indicatorTypes'
import { indicatorRows } from './indicatorRows'
import { monitoredOrg, type SubtreeIndicatorsOptions } from './subtreeIndicators'

/**
 * The org's own monitoring row, as its row in subtreeIndicators(orgId) reads, for the admin
 * home: the same statements limited to the one org, so a federation editor's home page does not
 * compute ten thousand rows to show one. Same access as subtreeIndicators.
 */
export async function ownIndicators(
  req: PayloadRequest,
  orgId: string,
  { now = new Date() }: SubtreeIndicatorsOptions = {},
): Promise<OrgRow> {
  const org = await monitoredOrg(req, orgId)
  const [row] = await indicatorRows(req, org, { now, ownOnly: true })
  return row!
}
