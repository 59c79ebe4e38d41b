import type { CollectionBeforeChangeHook } from 'payload'
import { ORG_KINDS, type OrgKind } from '../../domain/org/orgKinds'
import { toReach, type ReachScope } from '../../domain/syndication/reach'

/**
 * Keeps the queryable form of the reach in step with the editor's settings: the depth, a flag per
 * receiving kind, and whether any organizations are named (the feed query looks the names up only
 * for items that have some).
 */
export const deriveReach: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const settings = data.reach ?? originalDoc?.reach ?? {}
  const reach = toReach({
    scope: (settings.scope as ReachScope | undefined) ?? 'subtree',
    maxDepth: settings.maxDepth,
    kinds: settings.kinds as OrgKind[] | undefined,
    within: settings.within as unknown[] | undefined,
    except: settings.except as unknown[] | undefined,
  })
  data.reachDepth = reach.depth
  data.receivers = Object.fromEntries(ORG_KINDS.map((kind) => [kind, reach.kinds.includes(kind)]))
  // «Только на сайте организации» names nobody: the lists are cleared rather than kept unused.
  if (reach.depth === 0 && data.reach) data.reach = { ...data.reach, within: [], except: [] }
  data.reachNamed = { within: Boolean(reach.within), except: Boolean(reach.except) }
  return data
}
