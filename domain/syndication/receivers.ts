import type { OrgId } from '../org/orgGraph'
import type { SyndicationGraph } from './graph'
import type { Reach } from './types'

/** The receiver itself and every org above it (ids as strings), e.g. `graph.distances(id, 'up')`. */
export interface Lineage {
  has(id: string): boolean
}

/**
 * Whether a reach's named subtrees admit an org with this lineage: inside one of `within` (when
 * any are named) and inside none of `except`. An org is inside a named org's subtree when that
 * org is the org itself or anywhere above it, along parent or membership edges.
 */
export function namedSubtreesAdmit(reach: Reach, lineage: Lineage): boolean {
  const within = reach.within ?? []
  if (within.length > 0 && !within.some((id) => lineage.has(String(id)))) return false
  return !(reach.except ?? []).some((id) => lineage.has(String(id)))
}

/** Every org in the subtrees of `roots` (the roots included), along downstream edges. */
function subtreesOf(graph: SyndicationGraph, roots: readonly OrgId[]): Set<string> {
  const result = new Set<string>()
  for (const root of roots) for (const id of graph.distances(root, 'down').keys()) result.add(id)
  return result
}

/** Orgs (other than the sender) that a reach from `from` arrives at, with their distance. */
export function receiversOf(
  graph: SyndicationGraph,
  from: OrgId,
  reach: Reach,
): Map<string, number> {
  const within = reach.within?.length ? subtreesOf(graph, reach.within) : null
  const except = reach.except?.length ? subtreesOf(graph, reach.except) : null
  const result = new Map<string, number>()
  for (const [id, distance] of graph.distances(from, 'down', reach.depth)) {
    if (distance === 0) continue
    if ((within && !within.has(id)) || except?.has(id)) continue
    const org = graph.org(id)
    if (org && reach.kinds.includes(org.kind)) result.set(id, distance)
  }
  return result
}

/**
 * Whether a reach from an org at `distance` above `receiver` arrives at it; `lineage` is the
 * receiver's own (itself and everything above it), for the reach's named subtrees.
 */
export function reachArrives(
  reach: Reach,
  distance: number,
  receiverKind: string,
  lineage: Lineage,
): boolean {
  return (
    distance >= 1 &&
    distance <= reach.depth &&
    (reach.kinds as readonly string[]).includes(receiverKind) &&
    namedSubtreesAdmit(reach, lineage)
  )
}
