import { grantsAtLeast, isPlatformAdmin, refId, type ScopedUser } from '../access/scope'
import { sameId, type OrgId } from '../org/orgGraph'

/**
 * Who sees a member's inquiry. Unlike content, a subtree grant does NOT reach the inquiries of
 * the orgs below: a member wrote to their ППО, and the Терком above learns of it only when the
 * ППО forwards it. So every editor or admin grant counts for its own org only.
 * - `act`: the org currently handling it (`organization`) may read, answer and forward it.
 * - `history`: the orgs it passed through (`handlers`) may also read what became of it.
 * Platform admins run the platform and hand out every grant, so hiding inquiries from them would
 * be theatre; they see and may act on everything (documented in docs/SECURITY.md).
 */
export type InquiryReach = 'act' | 'history'

export type InquiryFilter =
  | { organization: { in: OrgId[] } }
  | { or: [{ organization: { in: OrgId[] } }, { handlers: { in: OrgId[] } }] }

/** The orgs whose inquiries a user handles: every org of an editor or admin grant, itself only. */
export function inquiryOrgs(user: ScopedUser | null | undefined): OrgId[] {
  return [...new Set(grantsAtLeast(user, 'editor').map((g) => refId(g.organization)))]
}

export function inquiryScope(
  user: ScopedUser | null | undefined,
  reach: InquiryReach,
): InquiryFilter | boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const orgs = inquiryOrgs(user)
  if (orgs.length === 0) return false
  if (reach === 'act') return { organization: { in: orgs } }
  return { or: [{ organization: { in: orgs } }, { handlers: { in: orgs } }] }
}

/** Whether the user may act on an inquiry handled by `organization` (field-level checks). */
export function mayActOnInquiry(
  user: ScopedUser | null | undefined,
  organization: OrgId | null | undefined,
): boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  if (organization === null || organization === undefined) return false
  return inquiryOrgs(user).some((id) => sameId(id, organization))
}
