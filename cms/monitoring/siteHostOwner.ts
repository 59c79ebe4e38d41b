import type { OrgFacts } from '../../domain/monitoring/orgFacts'

export interface ChainOrg {
  id: string
  parentId: string | null
  mode: OrgFacts['site']['mode']
}

/**
 * The org whose host serves `id`'s pages: itself unless it is a section, else its nearest
 * structural ancestor with a site of its own (the top of the chain when none has), as
 * domain/hosts/sitePlacement places it.
 */
export function siteHostOwner(id: string, chain: ReadonlyMap<string, ChainOrg>): string {
  let current = chain.get(id)
  let last = id
  for (let guard = 0; current && guard < 64; guard += 1) {
    last = current.id
    if (current.mode !== 'section') return current.id
    if (current.parentId === null) break
    current = chain.get(current.parentId)
  }
  return last
}
