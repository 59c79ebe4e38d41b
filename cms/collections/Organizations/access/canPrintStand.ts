import type { OrgId } from '../../../../domain/org/orgGraph'
import { coversOrg, type ScopedUser } from '../../../../domain/access/scope'

/** The org's editors (and admins, and subtree grants above it) may print its stand of any week. */
export function canPrintStand(
  user: ScopedUser | null,
  orgId: OrgId,
  lineage: readonly OrgId[],
): boolean {
  return coversOrg(user, 'editor', orgId, lineage)
}
