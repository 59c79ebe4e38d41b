import type { OrgId } from '../../../../domain/org/orgGraph'
import { coversOrg, type ScopedUser } from '../../../../domain/access/scope'

/** Platform admins and the admins of the site's org (or of a subtree holding it) may rebuild it. */
export function canRequestRebuild(
  user: ScopedUser | null,
  orgId: OrgId,
  lineage: readonly OrgId[],
): boolean {
  return coversOrg(user, 'admin', orgId, lineage)
}
