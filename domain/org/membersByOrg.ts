import type { OrgId, OrgLinks } from './orgGraph'

/**
 * The member organizations of every org by membership edge (a ТООП's territorial organizations),
 * keyed by the upstream org's id as a string. Structural children are not included: they are the
 * `parent` edges, which the org tree lists on its own. One pass over all orgs, so an export of
 * 10,000 sites asks this once rather than scanning every org for each site.
 */
export function membersByOrg(orgs: Iterable<OrgLinks>): Map<string, OrgId[]> {
  const members = new Map<string, OrgId[]>()
  for (const org of orgs) {
    // A duplicated edge (refused on save, but possible in old data) lists the member once.
    for (const upstream of new Set(org.memberships.map(String))) {
      const list = members.get(upstream)
      if (list) list.push(org.id)
      else members.set(upstream, [org.id])
    }
  }
  return members
}
