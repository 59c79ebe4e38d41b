import type { PayloadRequest } from 'payload'
import type { OrgId } from '../../domain/org/orgGraph'
import type { OrgDirectory } from '../../cms/export/orgDirectory'
import { idOf } from '../../cms/services/refs'
import { SyndicationGraph } from '../../domain/syndication/graph'
import { NAMED_ORGS_SELECT, storedReach } from '../../domain/publishing/siteChange'
import { upperDocuments, type DocumentReach } from '../../domain/publishing/upperDocuments'
import type { SourceDocument } from './snapshotSources'
import { chunks, DOCUMENT_SELECT } from './sourceQueries'

/** A document of an org above, with its owner and reach (what upperDocuments filters by). */
export type UpperDocumentSource = SourceDocument & DocumentReach

const graphs = new WeakMap<OrgDirectory, SyndicationGraph>()
/** The structure as posts travel it; a worker keeps its directory between rounds, so this too. */
function graphOf(directory: OrgDirectory): SyndicationGraph {
  let graph = graphs.get(directory)
  if (!graph) {
    graph = new SyndicationGraph(
      [...directory.orgs.values()].map((o) => ({ ...o, policy: 'auto' as const })),
    )
    graphs.set(directory, graph)
  }
  return graph
}

/**
 * For each org of a batch, the documents of the orgs above it whose reach arrives at it (the
 * charter of its union, the branch agreement), farthest origin first. The structure comes from
 * the in-memory directory, so this is one query per 500 orgs above the batch (few whatever the
 * batch's size): their documents with a reach.
 */
export async function loadUpperDocuments(
  req: PayloadRequest,
  directory: OrgDirectory,
  orgIds: readonly OrgId[],
): Promise<Map<string, UpperDocumentSource[]>> {
  const graph = graphOf(directory)
  const above = new Set<string>()
  for (const org of orgIds)
    for (const [id, distance] of graph.distances(org, 'up')) if (distance > 0) above.add(id)
  const out = new Map<string, UpperDocumentSource[]>()
  if (above.size === 0) return out
  const documents: UpperDocumentSource[] = []
  for (const ids of chunks([...above])) {
    const { docs } = await req.payload.find({
      collection: 'documents',
      // Only documents with a reach travel: an own-only one stays on its owner's page.
      where: { and: [{ organization: { in: ids } }, { reachDepth: { greater_than: 0 } }] },
      sort: ['-year', 'title'],
      depth: 0,
      select: {
        ...DOCUMENT_SELECT,
        reachDepth: true,
        receivers: true,
        reach: NAMED_ORGS_SELECT,
      },
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const d of docs) {
      const org = idOf(d.organization)
      if (org !== null) documents.push({ ...d, org, reach: storedReach(d) })
    }
  }
  for (const id of orgIds) {
    const shown = upperDocuments(graph, id, documents)
    if (shown.length > 0) out.set(String(id), shown)
  }
  return out
}
