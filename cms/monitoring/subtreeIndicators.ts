import { Forbidden, NotFound, type PayloadRequest } from 'payload'
import type { OrgRow } from '../../domain/monitoring/indicatorTypes'
import { userOf } from '../access/userOf'
import { loadOrg, type OrgFacts } from '../services/orgLinks'
import { canMonitorOrg } from './access/canMonitorOrg'
import { indicatorRows } from './indicatorRows'

export interface SubtreeIndicatorsOptions {
  /** The moment the windows end at (tests and snapshots pass it); now by default. */
  now?: Date
}

/**
 * The org `orgId` if the request's user may monitor it: its editors and admins, those of a
 * subtree holding it, platform admins; anyone else gets Payload's Forbidden, an unknown org
 * NotFound.
 */
export async function monitoredOrg(req: PayloadRequest, orgId: string): Promise<OrgFacts> {
  const user = userOf(req)
  if (!user) throw new Forbidden(req.t)
  const org = /^\d{1,15}$/.test(orgId) ? await loadOrg(req, orgId) : undefined
  if (!org) throw new NotFound(req.t)
  if (!canMonitorOrg(user, org.id, [...org.ancestors, org.id])) throw new Forbidden(req.t)
  return org
}

/**
 * The monitoring rows of `rootOrgId` and every org below it (the root first at depth 0, then
 * by depth and name), for a user who may see the root (monitoredOrg). The facts come from one
 * grouped SQL statement per family over the whole subtree (indicatorRows).
 */
export async function subtreeIndicators(
  req: PayloadRequest,
  rootOrgId: string,
  { now = new Date() }: SubtreeIndicatorsOptions = {},
): Promise<{ root: OrgRow; rows: OrgRow[] }> {
  const org = await monitoredOrg(req, rootOrgId)
  const rows = await indicatorRows(req, org, { now })
  return { root: rows[0]!, rows }
}
