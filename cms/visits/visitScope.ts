import type { Where } from 'payload'
import { grantsAtLeast, isPlatformAdmin, refId, type ScopedUser } from '../../domain/access/scope'

/**
 * The visit figures a user may read (site-visits, site-referrers, the «Посещаемость» panel):
 * everything for the platform admin; else the orgs the user edits or administers, and every
 * org below a subtree grant (found through the org's own ancestors, so rows carry no lineage).
 */
export function visitScope(user: ScopedUser | null): Where | boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const grants = grantsAtLeast(user, 'editor')
  if (grants.length === 0) return false
  const own = grants.map((g) => refId(g.organization))
  const roots = grants.filter((g) => g.subtree).map((g) => refId(g.organization))
  const where: Where[] = [{ org: { in: own } }]
  if (roots.length > 0) where.push({ 'org.ancestors': { in: roots } })
  return where.length === 1 ? where[0]! : { or: where }
}
