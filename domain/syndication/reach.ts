import { ORG_KINDS, type OrgKind } from '../org/orgKinds'
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
  return { depth, kinds }
}

/** Orgs that may make a post mandatory for everyone below: the union documents give them that duty. */
export const MANDATORY_KINDS: readonly OrgKind[] = [
  'federation',
  'union',
  'territorial_association',
]
