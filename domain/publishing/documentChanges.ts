import type { OrgId } from '../org/orgGraph'
import type { Reach } from '../syndication/types'
import type { SiteChange } from './siteChange'

/** A published state of a document: its owner and its reach as stored (depth 0 = own site). */
export interface DocumentState {
  org: OrgId
  reach: Reach
}

/**
 * The site changes of a document's published states before and after a save. A document seen
 * only on its owner's site is a local change; one with a reach (before or after: a narrowed reach
 * must clear the sites it left) is recorded like a post without a post id, so that the workers
 * expand it to every site its reaches arrive at. A document moved to another org records one
 * change per owner.
 */
export function documentChanges(states: readonly DocumentState[]): SiteChange[] {
  const byOrg = new Map<string, { org: OrgId; reaches: Reach[] }>()
  for (const { org, reach } of states) {
    const entry = byOrg.get(String(org)) ?? { org, reaches: [] }
    entry.reaches.push(reach)
    byOrg.set(String(org), entry)
  }
  return [...byOrg.values()].map(({ org, reaches }) =>
    reaches.some((r) => r.depth > 0) ? { kind: 'post', org, reaches } : { kind: 'local', org },
  )
}
