import { Forbidden, NotFound, type PayloadRequest } from 'payload'
import type { OrgRow } from '../../domain/monitoring/indicatorTypes'
import { indicatorsOf } from '../../domain/monitoring/indicatorsOf'
import { userOf } from '../access/userOf'
import { idOf } from '../services/refs'
import { loadOrg } from '../services/orgLinks'
import { canMonitorOrg } from './access/canMonitorOrg'
import { gatherFacts } from './gatherFacts'
import { networkThresholds } from './networkThresholds'
import type { ChainOrg } from './siteHostOwner'
import { subtreeOrgs } from './subtreeOrgs'

const BY_NAME = new Intl.Collator('ru')

export interface SubtreeIndicatorsOptions {
  /** The moment the windows end at (tests and snapshots pass it); now by default. */
  now?: Date
}

/** The root's ancestors as the site placement needs them (a section's host may be above). */
async function chainAbove(
  req: PayloadRequest,
  ids: readonly (string | number)[],
): Promise<ChainOrg[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'organizations',
    where: { id: { in: [...ids] } },
    select: { parent: true, hosting: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((d) => {
    const parent = idOf(d.parent)
    return {
      id: String(d.id),
      parentId: parent === null ? null : String(parent),
      mode: d.hosting?.mode ?? 'subdomain',
    }
  })
}

/**
 * The monitoring rows of `rootOrgId` and every org below it (the root first at depth 0, then
 * by depth and name), for a user who may see the root: its editors and admins, those of a
 * subtree holding it, platform admins; anyone else gets Payload's Forbidden, an unknown org
 * NotFound. The facts come from one grouped SQL statement per family over the whole subtree
 * (gatherFacts), the colours from the pure rules with the network's thresholds.
 */
export async function subtreeIndicators(
  req: PayloadRequest,
  rootOrgId: string,
  { now = new Date() }: SubtreeIndicatorsOptions = {},
): Promise<{ root: OrgRow; rows: OrgRow[] }> {
  const user = userOf(req)
  if (!user) throw new Forbidden(req.t)
  const org = /^\d{1,15}$/.test(rootOrgId) ? await loadOrg(req, rootOrgId) : undefined
  if (!org) throw new NotFound(req.t)
  if (!canMonitorOrg(user, org.id, [...org.ancestors, org.id])) throw new Forbidden(req.t)
  const [orgs, above, thresholds] = await Promise.all([
    subtreeOrgs(req, String(org.id)),
    chainAbove(req, org.ancestors),
    networkThresholds(req, org.id),
  ])
  const facts = await gatherFacts(req, Number(org.id), orgs, above, now)
  const rows: OrgRow[] = orgs.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    ...(o.depth === 0 || o.parentId === null ? {} : { parentId: o.parentId }),
    depth: o.depth,
    indicators: indicatorsOf(facts.get(o.id)!, thresholds, now),
  }))
  rows.sort(
    (a, b) => a.depth - b.depth || BY_NAME.compare(a.name, b.name) || Number(a.id) - Number(b.id),
  )
  return { root: rows[0]!, rows }
}
