import type { Payload } from 'payload'
import { placementChain, type PlacementNode } from '../../domain/hosts/placementChain'
import { sitePlacement, type SitePlacement } from '../../domain/hosts/sitePlacement'
import { idOf, idsOf } from './refs'

/** Ids are numbers on SQLite and PostgreSQL, ObjectIds on MongoDB: nothing else is looked up. */
export const ORG_ID = /^(?:\d{1,15}|[0-9a-f]{24})$/i

export interface OrgPlacement {
  org: { id: string | number; name: string; slug: string }
  placement: SitePlacement
}

/**
 * Where an org's site is served (sitePlacement, as publishing computes it), from the org and its
 * stored ancestors: two queries. Null for an id that is not an org's.
 */
export async function loadOrgPlacement(
  payload: Payload,
  orgId: string,
): Promise<OrgPlacement | null> {
  if (!ORG_ID.test(orgId)) return null
  const select = { name: true, slug: true, parent: true, ancestors: true, hosting: true } as const
  const org = await payload
    .findByID({ collection: 'organizations', id: orgId, depth: 0, select, overrideAccess: true })
    .catch(() => null)
  if (!org) return null
  const lineage = idsOf(org.ancestors).map(String)
  const { docs } = lineage.length
    ? await payload.find({
        collection: 'organizations',
        where: { id: { in: lineage } },
        select,
        depth: 0,
        limit: lineage.length,
        overrideAccess: true,
      })
    : { docs: [] }
  const nodes = new Map<string, PlacementNode>()
  for (const d of [org, ...docs])
    nodes.set(String(d.id), {
      id: d.id,
      name: d.name,
      slug: d.slug ?? String(d.id),
      parent: idOf(d.parent),
      hosting: {
        mode: d.hosting?.mode ?? 'subdomain',
        networkDomain: d.hosting?.networkDomain ?? null,
        customDomain: d.hosting?.customDomain ?? null,
      },
    })
  return {
    org: { id: org.id, name: org.name, slug: org.slug ?? String(org.id) },
    placement: sitePlacement(placementChain(org.id, nodes)),
  }
}
