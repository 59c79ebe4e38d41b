import type { OrgId } from '../org/orgGraph'
import type { SyndicationGraph } from '../syndication/graph'
import { reachArrives } from '../syndication/receivers'
import type { Reach } from '../syndication/types'

/** A published document of some org, with its owner and stored reach. */
export interface DocumentReach {
  id: OrgId
  org: OrgId
  reach: Reach
}

/**
 * The documents of the orgs above `org` (parent and membership edges, as posts travel) whose reach
 * arrives at it: the union's charter and branch agreement on a ППО's Документы page. Grouped by
 * origin, the farthest first (the federation before the union before the territorial org), then
 * by origin id; each origin's documents keep the order they were given in.
 */
export function upperDocuments<D extends DocumentReach>(
  graph: SyndicationGraph,
  org: OrgId,
  documents: readonly D[],
): D[] {
  const kind = graph.org(org)?.kind ?? ''
  const above = graph.distances(org, 'up')
  const shown = documents.flatMap((document, index) => {
    const distance = above.get(String(document.org))
    if (distance === undefined || !reachArrives(document.reach, distance, kind, above)) return []
    return [{ document, distance, index }]
  })
  return shown
    .sort(
      (a, b) =>
        b.distance - a.distance ||
        String(a.document.org).localeCompare(String(b.document.org)) ||
        a.index - b.index,
    )
    .map((s) => s.document)
}
