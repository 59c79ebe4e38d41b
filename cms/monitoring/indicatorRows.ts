import type { PayloadRequest } from 'payload'
import type { OrgRow } from '../../domain/monitoring/indicatorTypes'
import { indicatorsOf } from '../../domain/monitoring/indicatorsOf'
import { idOf } from '../services/refs'
import { gatherFacts } from './gatherFacts'
import { networkThresholds } from './networkThresholds'
import type { ChainOrg } from './siteHostOwner'
import { subtreeOrgs } from './subtreeOrgs'

const BY_NAME = new Intl.Collator('ru')

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

export interface IndicatorRowsOptions {
  now: Date
  /** The root's own row only (the admin home), computed by the same statements limited to it. */
  ownOnly?: boolean
}

/**
 * The monitoring rows of `org` and every org below it (the root first at depth 0, then by
 * depth and name), or of `org` alone. NO access check: subtreeIndicators and ownIndicators
 * check the user first; the reminders' job computes the network as the system. The facts come
 * from one grouped SQL statement per family (gatherFacts), the colours from the pure rules with
 * the network's thresholds.
 */
export async function indicatorRows(
  req: PayloadRequest,
  org: { id: string | number; ancestors: readonly (string | number)[] },
  { now, ownOnly = false }: IndicatorRowsOptions,
): Promise<OrgRow[]> {
  const [orgs, above, thresholds] = await Promise.all([
    subtreeOrgs(req, String(org.id), ownOnly),
    chainAbove(req, org.ancestors),
    networkThresholds(req, org.id),
  ])
  const root = Number(org.id)
  const facts = await gatherFacts(req, ownOnly ? { only: root } : root, orgs, above, now)
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
  return rows
}
