import type { Where } from 'payload'
import {
  grantsAtLeast,
  isPlatformAdmin,
  refId,
  type GrantRole,
  type ScopedUser,
} from '../../../../domain/access/scope'

/**
 * Organizations a user holds `role` on: each granted org, plus the descendants of subtree grants
 * (an org's own id is not among its ancestors, hence the two clauses).
 */
export function orgScopeWhere(user: ScopedUser | null, role: GrantRole): Where | boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const grants = grantsAtLeast(user, role)
  if (grants.length === 0) return false
  const roots = grants.filter((g) => g.subtree).map((g) => refId(g.organization))
  const or: Where[] = [{ id: { in: grants.map((g) => refId(g.organization)) } }]
  if (roots.length > 0) or.push({ ancestors: { in: roots } })
  return { or }
}

/** Strict descendants of a user's subtree grants: what a subtree admin may create under or delete. */
export function descendantsWhere(user: ScopedUser | null, role: GrantRole): Where | boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const roots = grantsAtLeast(user, role)
    .filter((g) => g.subtree)
    .map((g) => refId(g.organization))
  return roots.length > 0 ? { ancestors: { in: roots } } : false
}
