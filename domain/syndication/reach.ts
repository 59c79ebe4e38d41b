import { ORG_KINDS, type OrgKind } from '../org/orgKinds'
import type { OrgId } from '../org/orgGraph'
import type { Reach } from './types'

export const REACH_SCOPES = ['own', 'children', 'subtree'] as const
export type ReachScope = (typeof REACH_SCOPES)[number]

/** "The whole subtree": deeper than any real union structure. */
export const SUBTREE_DEPTH = 99

export interface ReachSettings {
  scope: ReachScope
  /** For `subtree`: stop after this many levels (empty = no limit). */
  maxDepth?: number | null
  /** Empty = every kind. */
  kinds?: readonly OrgKind[] | null
  /** Only into these orgs' subtrees (empty = everywhere); ignored for `own`. Ids or `{ id }`. */
  within?: readonly unknown[] | null
  /** Never into these orgs' subtrees; ignored for `own`. Ids or `{ id }`. */
  except?: readonly unknown[] | null
}

/** Ids of a relationship as stored or as populated (`{ id }`), unique, in their order. */
export function namedOrgIds(values: readonly unknown[] | null | undefined): OrgId[] {
  const ids = (values ?? []).map((v) =>
    typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v,
  )
  const valid = ids.filter((id): id is OrgId => typeof id === 'number' || typeof id === 'string')
  return [...new Map(valid.map((id) => [String(id), id])).values()]
}

/** The editor's reach settings in the form queries use: a depth number and an explicit kind list. */
export function toReach(settings: ReachSettings): Reach {
  const depth =
    settings.scope === 'own'
      ? 0
      : settings.scope === 'children'
        ? 1
        : Math.min(settings.maxDepth || SUBTREE_DEPTH, SUBTREE_DEPTH)
  const kinds =
    settings.kinds && settings.kinds.length > 0 ? [...new Set(settings.kinds)] : [...ORG_KINDS]
  if (depth === 0) return { depth, kinds }
  const within = namedOrgIds(settings.within)
  const except = namedOrgIds(settings.except)
  return {
    depth,
    kinds,
    ...(within.length > 0 ? { within } : {}),
    ...(except.length > 0 ? { except } : {}),
  }
}

/** Orgs that may make a post mandatory for everyone below: the union documents give them that duty. */
export const MANDATORY_KINDS: readonly OrgKind[] = [
  'federation',
  'union',
  'territorial_association',
]
