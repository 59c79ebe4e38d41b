import type { Access, Where } from 'payload'
import { grantsAtLeast, isPlatformAdmin, refId } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'

/** Everyone sees themselves; org admins see the users holding grants in their scope. */
export const readUsers: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const admin = grantsAtLeast(user, 'admin')
  const direct = admin.filter((g) => !g.subtree).map((g) => refId(g.organization))
  const roots = admin.filter((g) => g.subtree).map((g) => refId(g.organization))
  const or: Where[] = [{ id: { equals: user.id } }]
  if (direct.length > 0) or.push({ 'grants.organization': { in: direct } })
  if (roots.length > 0) or.push({ grantLineage: { in: roots } })
  return { or }
}
