import type { PayloadRequest } from 'payload'
import type { OrgRow, Rollup } from '../../domain/monitoring/indicatorTypes'
import { rollups } from '../../domain/monitoring/rollups'
import { subtreeIndicators } from './subtreeIndicators'

export interface MonitoringData {
  root: OrgRow
  rows: OrgRow[]
  /** By level (each has `kind`), then by child subtree (each has `subtreeOf`). */
  rollups: Rollup[]
}

/**
 * Everything the dashboard, its JSON and its exports show for one subtree: the rows (the user's
 * right to see the root is checked by subtreeIndicators) and the roll-ups over the whole subtree.
 */
export async function monitoringData(
  req: PayloadRequest,
  rootOrgId: string,
  options: { now?: Date } = {},
): Promise<MonitoringData> {
  const { root, rows } = await subtreeIndicators(req, rootOrgId, options)
  return { root, rows, rollups: [...rollups(rows, 'kind'), ...rollups(rows, 'child')] }
}
