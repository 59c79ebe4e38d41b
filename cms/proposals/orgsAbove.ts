import type { PayloadRequest } from 'payload'
import { upstreamByDistance } from '../../domain/org/upstreamByDistance'
import { loadUpstreamClosure, type OrgFacts } from '../services/orgLinks'

/** Everything above an org (parent chain and the associations it belongs to), nearest first. */
export async function orgsAbove(
  req: PayloadRequest,
  from: OrgFacts,
): Promise<{ org: OrgFacts; distance: number }[]> {
  const start = from.parent === null ? from.memberships : [from.parent, ...from.memberships]
  const closure = await loadUpstreamClosure(req, start)
  return upstreamByDistance(from, (id) => closure.get(String(id))).flatMap((u) => {
    const org = closure.get(String(u.id))
    return org ? [{ org, distance: u.distance }] : []
  })
}
