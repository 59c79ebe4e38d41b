import type { OrgId, OrgLinks } from './orgGraph'

export interface UpstreamOrg {
  id: OrgId
  /** Edges from the start: 1 for the parent and the associations it is a member of. */
  distance: number
}

/**
 * The orgs above `start` along parent and membership edges, the nearest first (breadth-first;
 * at one distance the structural parent before memberships, as the editor expects). Each org is
 * listed once, at its shortest distance. `linksOf` must know every org reachable upward
 * (loadUpstreamClosure); an unknown one ends its branch.
 */
export function upstreamByDistance(
  start: OrgLinks,
  linksOf: (id: OrgId) => OrgLinks | undefined,
): UpstreamOrg[] {
  const seen = new Set<string>([String(start.id)])
  const out: UpstreamOrg[] = []
  const up = (links: OrgLinks) =>
    links.parent === null ? [...links.memberships] : [links.parent, ...links.memberships]
  let frontier: OrgId[] = up(start)
  for (let distance = 1; frontier.length > 0; distance++) {
    const next: OrgId[] = []
    for (const id of frontier) {
      if (seen.has(String(id))) continue
      seen.add(String(id))
      out.push({ id, distance })
      const links = linksOf(id)
      if (links) next.push(...up(links))
    }
    frontier = next
  }
  return out
}
