import type { OrgId } from '../org/orgGraph'
import type { SyndicationOrg } from './types'

/**
 * Downstream edges (to structural children and to member orgs) and the reverse, over which
 * posts travel. Keys are ids as strings: SQL ids are numbers, MongoDB ids strings.
 */
export class SyndicationGraph {
  readonly orgs = new Map<string, SyndicationOrg>()
  private readonly down = new Map<string, string[]>()
  private readonly up = new Map<string, string[]>()

  constructor(orgs: Iterable<SyndicationOrg>) {
    for (const org of orgs) this.orgs.set(String(org.id), org)
    for (const org of this.orgs.values()) {
      for (const upstream of org.parent === null
        ? org.memberships
        : [org.parent, ...org.memberships]) {
        const from = String(upstream)
        if (!this.orgs.has(from)) continue
        this.down.set(from, [...(this.down.get(from) ?? []), String(org.id)])
        this.up.set(String(org.id), [...(this.up.get(String(org.id)) ?? []), from])
      }
    }
  }

  org(id: OrgId): SyndicationOrg | undefined {
    return this.orgs.get(String(id))
  }

  /** Shortest distances from `start` along downstream (or upstream) edges, up to `maxDepth`. */
  distances(
    start: OrgId,
    direction: 'down' | 'up',
    maxDepth = Number.POSITIVE_INFINITY,
  ): Map<string, number> {
    const edges = direction === 'down' ? this.down : this.up
    const result = new Map<string, number>([[String(start), 0]])
    let frontier = [String(start)]
    for (let depth = 1; frontier.length > 0 && depth <= maxDepth; depth++) {
      const next: string[] = []
      for (const id of frontier)
        for (const n of edges.get(id) ?? [])
          if (!result.has(n)) {
            result.set(n, depth)
            next.push(n)
          }
      frontier = next
    }
    return result
  }
}
