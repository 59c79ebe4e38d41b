import type { OrgId } from '../org/orgGraph'
import { namedOrgIds } from '../syndication/reach'
import type { Reach } from '../syndication/types'

/**
 * What happened in the CMS, in the terms the publishing pipeline needs to find the sites it
 * touches. Recorded by collection hooks (cheap: one row), expanded later by a worker, so that a
 * federation-wide change never fans out inside the editor's request.
 */
export type SiteChange =
  /**
   * A published post (or a repost) appeared, changed, was unpublished or deleted. `reaches`
   * holds the reach before and after the edit: a narrowed reach must clear the sites it left.
   */
  | { kind: 'post'; org: OrgId; post?: OrgId; reaches: Reach[] }
  /** Something shown only on the org's own site: a page, a document, a decision, contacts. */
  | { kind: 'local'; org: OrgId }
  /** An image was edited: its owner's site and every site showing a post with it as cover. */
  | { kind: 'media'; org: OrgId; media: OrgId }
  /**
   * What other sites show of the org changed: its name, slug, hosting, parent or memberships.
   * `formerUpstream` are the parent and memberships before the edit (their member lists change).
   */
  | { kind: 'identity'; org: OrgId; formerUpstream: OrgId[] }
  /** Shared by every site: a rubric renamed, a theme file deployed, an admin's "rebuild all". */
  | { kind: 'everything' }

export type SiteChangeKind = SiteChange['kind']

/** What a query selects of the `reach` group for storedReach: the names of reach by name. */
export const NAMED_ORGS_SELECT = { within: true, except: true } as const

/**
 * A post's reach as stored on the post (the queryable fields kept by deriveReach, and the names
 * of reach by name). A reader must select `reach.within` and `reach.except` with the rest: without
 * them the reach reads wider than it is.
 */
export function storedReach(doc: {
  reachDepth?: number | null
  receivers?: Partial<Record<string, boolean | null>> | null
  reach?: { within?: readonly unknown[] | null; except?: readonly unknown[] | null } | null
}): Reach {
  const kinds = Object.entries(doc.receivers ?? {})
    .filter(([, on]) => on === true)
    .map(([kind]) => kind)
  const depth = Number(doc.reachDepth ?? 0)
  const within = namedOrgIds(doc.reach?.within)
  const except = namedOrgIds(doc.reach?.except)
  return {
    depth,
    kinds: kinds as Reach['kinds'],
    ...(depth > 0 && within.length > 0 ? { within } : {}),
    ...(depth > 0 && except.length > 0 ? { except } : {}),
  }
}
