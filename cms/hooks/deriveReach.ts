import type { CollectionBeforeChangeHook } from 'payload'
import { ORG_KINDS, type OrgKind } from '../../domain/org/orgKinds'
import { toReach, type ReachScope } from '../../domain/syndication/reach'

/** Keeps the queryable form of the reach in step with the editor's settings. */
export const deriveReach: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const settings = data.reach ?? originalDoc?.reach ?? {}
  const reach = toReach({
    scope: (settings.scope as ReachScope | undefined) ?? 'subtree',
    maxDepth: settings.maxDepth,
    kinds: settings.kinds as OrgKind[] | undefined,
  })
  data.reachDepth = reach.depth
  data.receivers = Object.fromEntries(ORG_KINDS.map((kind) => [kind, reach.kinds.includes(kind)]))
  return data
}
