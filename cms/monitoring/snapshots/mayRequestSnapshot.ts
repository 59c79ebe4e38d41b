import { coversOrg, type ScopedUser } from '../../../domain/access/scope'
import type { OrgId } from '../../../domain/org/orgGraph'

/**
 * Who may ask for a snapshot now: the platform admin, or an admin of a network's root (the
 * snapshot is the whole network's, so a lower org's admin may not trigger it).
 */
export function mayRequestSnapshot(
  user: ScopedUser | null | undefined,
  org: { id: OrgId; parent: OrgId | null },
): boolean {
  return org.parent === null && coversOrg(user, 'admin', org.id, [org.id])
}
