import type { OrgId } from '../org/orgGraph'
import type { SyndicationGraph } from '../syndication/graph'
import { receiversOf } from '../syndication/receivers'
import type { Reach } from '../syndication/types'
import type { SiteChange } from './siteChange'

/** A repost of the changed post: the reposting org shows it and passes it on with its reach. */
export interface RepostReach {
  by: OrgId
  reach: Reach
}

export interface AffectedOrgsInput {
  graph: SyndicationGraph
  change: SiteChange
  /** Reposts of the changed post, or (for an identity change) of any post of the org. */
  reposts?: readonly RepostReach[]
  /** For a media change: the published posts that show the image, with their reach. */
  posts?: readonly RepostReach[]
}

/**
 * The orgs whose sites show something of `change` — exactly those, so that a ППО page edit
 * rebuilds one site and a federation post its whole reach. `null` means every site.
 */
export function affectedOrgs({
  graph,
  change,
  reposts = [],
  posts = [],
}: AffectedOrgsInput): Set<string> | null {
  if (change.kind === 'everything') return null
  const result = new Set<string>([String(change.org)])
  const addReceivers = (from: OrgId, reach: Reach) => {
    result.add(String(from))
    for (const id of receiversOf(graph, from, reach).keys()) result.add(id)
  }
  if (change.kind === 'media') {
    for (const post of [...posts, ...reposts]) addReceivers(post.by, post.reach)
    return result
  }
  if (change.kind === 'post') {
    for (const reach of change.reaches) addReceivers(change.org, reach)
    for (const repost of reposts) addReceivers(repost.by, repost.reach)
    return result
  }
  if (change.kind === 'identity') {
    // Every org below shows this one in its breadcrumbs or as the origin of received posts;
    // the orgs above list it among their members.
    for (const id of graph.distances(change.org, 'down').keys()) result.add(id)
    const org = graph.org(change.org)
    const upstream = [...(org?.parent == null ? [] : [org.parent]), ...(org?.memberships ?? [])]
    for (const id of [...upstream, ...change.formerUpstream]) result.add(String(id))
    for (const repost of reposts) addReceivers(repost.by, repost.reach)
  }
  return result
}
