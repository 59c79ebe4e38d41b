import type { PayloadRequest } from 'payload'
import type { OrgId } from '../../domain/org/orgGraph'
import { loadOrg, loadUpstreamClosure } from '../services/orgLinks'
import { idOf } from '../services/refs'
import { SyndicationGraph } from '../../domain/syndication/graph'
import type { Decision, SyndicationOrg } from '../../domain/syndication/types'

export interface FeedContext {
  self: SyndicationOrg
  /** Upstream orgs grouped by their shortest distance to `self` (1 = parent or membership). */
  upstreamByDistance: Map<number, OrgId[]>
  decisions: Decision[]
}

/** Everything the feed query of one org needs besides the posts: a few small indexed queries. */
export async function loadFeedContext(
  req: PayloadRequest,
  orgId: OrgId,
): Promise<FeedContext | null> {
  const org = await loadOrg(req, orgId)
  if (!org) return null
  const closure = await loadUpstreamClosure(req, [...org.ancestors, ...org.memberships])
  const toSyndication = (o: typeof org): SyndicationOrg => ({
    id: o.id,
    kind: o.kind,
    parent: o.parent,
    memberships: o.memberships,
    policy: o.incomingPolicy,
  })
  const self = toSyndication(org)
  const graph = new SyndicationGraph([self, ...[...closure.values()].map(toSyndication)])
  const upstreamByDistance = new Map<number, OrgId[]>()
  for (const [id, distance] of graph.distances(orgId, 'up')) {
    if (distance === 0) continue
    upstreamByDistance.set(distance, [
      ...(upstreamByDistance.get(distance) ?? []),
      graph.org(id)!.id,
    ])
  }
  const { docs } = await req.payload.find({
    collection: 'feed-decisions',
    where: { organization: { equals: orgId } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { post: true, action: true, until: true },
    overrideAccess: true,
    req,
  })
  const decisions: Decision[] = docs.map((d) => ({
    org: orgId,
    post: idOf(d.post)!,
    action: d.action as Decision['action'],
    until: d.until ?? null,
  }))
  return { self, upstreamByDistance, decisions }
}
