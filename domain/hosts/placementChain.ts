import type { OrgId } from '../org/orgGraph'
import type { PlacementOrg } from './sitePlacement'

/** An org as placement needs it, with the edge to its structural parent. */
export interface PlacementNode extends PlacementOrg {
  name: string
  parent: OrgId | null
}

/** Deeper than any union structure; a guard against a cycle in stale or hand-edited data. */
const MAX_DEPTH = 64

/**
 * The chain sitePlacement takes (root first, the org last), walked along parent edges through
 * `nodes`. Parent edges rather than stored ancestors, so a chain reflects an edit not yet saved
 * (a move, a new network domain) before the subtree job re-derives the ancestors. The walk stops
 * at an org missing from `nodes`.
 */
export function placementChain(
  id: OrgId,
  nodes: ReadonlyMap<string, PlacementNode>,
): PlacementNode[] {
  const chain: PlacementNode[] = []
  const seen = new Set<string>()
  for (
    let at = nodes.get(String(id));
    at && !seen.has(String(at.id)) && chain.length < MAX_DEPTH;
    at = at.parent === null ? undefined : nodes.get(String(at.parent))
  ) {
    seen.add(String(at.id))
    chain.unshift(at)
  }
  return chain
}
