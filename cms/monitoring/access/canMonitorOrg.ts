import { coversOrg, type ScopedUser } from '../../../domain/access/scope'
import type { OrgId } from '../../../domain/org/orgGraph'

/**
 * Who sees an org's monitoring (and its whole subtree's): its editors and admins, those of a
 * subtree holding it, and platform admins. An editor of a ППО sees its own row; a Терком's
 * admin sees its subtree, never a sibling's or the parent's.
 */
export function canMonitorOrg(
  user: ScopedUser | null | undefined,
  orgId: OrgId,
  lineage: readonly OrgId[],
): boolean {
  return coversOrg(user, 'editor', orgId, lineage)
}
