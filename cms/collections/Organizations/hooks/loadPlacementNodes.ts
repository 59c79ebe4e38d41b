import type { PayloadRequest, Where } from 'payload'
import type { PlacementNode } from '../../../../domain/hosts/placementChain'
import type { OrgId } from '../../../../domain/org/orgGraph'
import { idOf, idsOf } from '../../../services/refs'

export interface StoredPlacementNode extends PlacementNode {
  /** Stored lineage, to load a candidate's chain in one query. */
  ancestors: OrgId[]
}

/** Keeps each `in` list well under SQLite's bound-parameter limit. */
export const IN_CHUNK = 500

/** The orgs matching `where`, with just what placement needs, read in the request's transaction. */
export async function loadPlacementNodes(
  req: PayloadRequest,
  where: Where,
): Promise<StoredPlacementNode[]> {
  const { docs } = await req.payload.find({
    collection: 'organizations',
    where,
    select: { name: true, slug: true, parent: true, ancestors: true, hosting: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((d) => ({
    id: d.id,
    name: d.name,
    slug: d.slug ?? String(d.id),
    parent: idOf(d.parent),
    ancestors: idsOf(d.ancestors),
    hosting: {
      mode: d.hosting?.mode ?? 'subdomain',
      networkDomain: d.hosting?.networkDomain ?? null,
      customDomain: d.hosting?.customDomain ?? null,
    },
  }))
}

/** The orgs with the given ids, in chunks. */
export async function loadPlacementNodesById(
  req: PayloadRequest,
  ids: readonly OrgId[],
): Promise<StoredPlacementNode[]> {
  const unique = [...new Set(ids.map(String))]
  const out: StoredPlacementNode[] = []
  for (let i = 0; i < unique.length; i += IN_CHUNK)
    out.push(...(await loadPlacementNodes(req, { id: { in: unique.slice(i, i + IN_CHUNK) } })))
  return out
}
