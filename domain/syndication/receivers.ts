import type { OrgId } from '../org/orgGraph'
import type { SyndicationGraph } from './graph'
import type { Reach } from './types'

/** Orgs (other than the sender) that a reach from `from` arrives at, with their distance. */
export function receiversOf(
  graph: SyndicationGraph,
  from: OrgId,
  reach: Reach,
): Map<string, number> {
  const result = new Map<string, number>()
  for (const [id, distance] of graph.distances(from, 'down', reach.depth)) {
    if (distance === 0) continue
    const org = graph.org(id)
    if (org && reach.kinds.includes(org.kind)) result.set(id, distance)
  }
  return result
}

/** Whether a reach from an org at `distance` above `receiver` arrives at it. */
export function reachArrives(reach: Reach, distance: number, receiverKind: string): boolean {
  return (
    distance >= 1 &&
    distance <= reach.depth &&
    (reach.kinds as readonly string[]).includes(receiverKind)
  )
}
