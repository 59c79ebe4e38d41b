import { grantsAtLeast, isPlatformAdmin, refId, type ScopedUser } from '../access/scope'
import { sameId, type OrgId } from '../org/orgGraph'

/**
 * Who may see a subscriber's address. A reader subscribed to ONE site and consented (152-ФЗ) to
 * that organization keeping the address; the organizations above it run their own sites and
 * mailings. So, as with inquiries (domain/inquiries/inquiryScope.ts), a subtree grant does NOT
 * reach the subscribers of the orgs below: an admin grant counts for its own org only.
 * Editors never see addresses, only counts (subscriberCountOrgs). Platform admins run the
 * platform and hand out every grant, so they see everything (docs/SECURITY.md).
 */
export type SubscriberFilter = { organization: { in: OrgId[] } }

/** The orgs whose subscribers' addresses a user may read, export and remove: own admin grants. */
export function subscriberAdminOrgs(user: ScopedUser | null | undefined): OrgId[] {
  return [...new Set(grantsAtLeast(user, 'admin').map((g) => refId(g.organization)))]
}

/** The orgs whose subscriber counts a user sees: every org of an editor or admin grant, itself only. */
export function subscriberCountOrgs(user: ScopedUser | null | undefined): OrgId[] {
  return [...new Set(grantsAtLeast(user, 'editor').map((g) => refId(g.organization)))]
}

/** The `where` (or yes/no) for reading and deleting subscribers' rows. */
export function subscriberScope(user: ScopedUser | null | undefined): SubscriberFilter | boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const orgs = subscriberAdminOrgs(user)
  return orgs.length === 0 ? false : { organization: { in: orgs } }
}

/** Whether the user may export or manage the subscribers of `organization`. */
export function mayManageSubscribers(
  user: ScopedUser | null | undefined,
  organization: OrgId | null | undefined,
): boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  if (organization === null || organization === undefined) return false
  return subscriberAdminOrgs(user).some((id) => sameId(id, organization))
}

/** Whether the user may see the counts of `organization`'s subscribers. */
export function maySeeSubscriberCounts(
  user: ScopedUser | null | undefined,
  organization: OrgId | null | undefined,
): boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  if (organization === null || organization === undefined) return false
  return subscriberCountOrgs(user).some((id) => sameId(id, organization))
}
