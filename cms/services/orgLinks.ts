import type { PayloadRequest } from 'payload'
import type { OrgKind } from '../../domain/org/orgKinds'
import type { OrgId, OrgLinks } from '../../domain/org/orgGraph'
import { idOf, idsOf } from './refs'

export interface OrgFacts extends OrgLinks {
  name: string
  kind: OrgKind
  ancestors: OrgId[]
  networkDomain: string | null
  incomingPolicy: 'auto' | 'review'
}

const CACHE_KEY = 'orgFacts'

/**
 * Loads the facts about organizations that validation needs, caching them for the request
 * (one save validates several fields against the same parents).
 */
export async function loadOrgFacts(
  req: PayloadRequest,
  ids: readonly OrgId[],
): Promise<Map<string, OrgFacts>> {
  const cache = ((req.context[CACHE_KEY] as Map<string, OrgFacts> | undefined) ??= new Map())
  const missing = [...new Set(ids.map(String))].filter((id) => !cache.has(id))
  if (missing.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'organizations',
      where: { id: { in: missing } },
      select: {
        name: true,
        kind: true,
        parent: true,
        memberships: true,
        ancestors: true,
        hosting: true,
        incomingPolicy: true,
      },
      depth: 0,
      limit: missing.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      cache.set(String(doc.id), {
        id: doc.id,
        name: doc.name,
        kind: doc.kind as OrgKind,
        parent: idOf(doc.parent),
        memberships: idsOf(doc.memberships),
        ancestors: idsOf(doc.ancestors),
        networkDomain: doc.hosting?.networkDomain ?? null,
        incomingPolicy: doc.incomingPolicy === 'review' ? 'review' : 'auto',
      })
    }
  }
  return cache
}

export async function loadOrg(req: PayloadRequest, id: OrgId): Promise<OrgFacts | undefined> {
  return (await loadOrgFacts(req, [id])).get(String(id))
}

/**
 * Everything reachable upward from `start` along parent and membership edges. Each round loads
 * the stored ancestors and memberships of the previous one, so it usually takes two queries;
 * the upward closure is small whatever the tree's size.
 */
export async function loadUpstreamClosure(
  req: PayloadRequest,
  start: readonly OrgId[],
): Promise<Map<string, OrgFacts>> {
  const seen = new Map<string, OrgFacts>()
  let frontier = [...start]
  while (frontier.length > 0) {
    const facts = await loadOrgFacts(req, frontier)
    const next: OrgId[] = []
    for (const id of frontier) {
      const org = facts.get(String(id))
      if (!org || seen.has(String(id))) continue
      seen.set(String(id), org)
      // Stored ancestors let the whole structural chain load in one round instead of one per level.
      for (const up of [...org.ancestors, ...org.memberships])
        if (!seen.has(String(up))) next.push(up)
    }
    frontier = next
  }
  return seen
}
