import type { Access, Where } from 'payload'
import { grantsAtLeast, isPlatformAdmin } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'
import { readUsers } from './readUsers'

/** Nobody but a platform admin touches a platform admin. */
const NOT_PLATFORM_ADMIN: Where = { role: { not_equals: 'platform-admin' } }

/** Org admins may add users; checkGrants then limits what they may grant. */
export const canCreateUser: Access = ({ req }) => {
  const user = userOf(req)
  return isPlatformAdmin(user) || grantsAtLeast(user, 'admin').length > 0
}

/**
 * Oneself, or users holding a grant in the admin's scope who are not platform admins. Reaching a
 * user is not managing the account: hooks/guardAccount refuses e-mail, password, name and role
 * changes unless every grant of the user lies in scope, and checkGrants limits grant changes.
 */
export const canUpdateUser: Access = async (args) => {
  const user = userOf(args.req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const scope = await readUsers(args)
  if (typeof scope !== 'object') return scope
  const where: Where = { or: [{ id: { equals: user.id } }, { and: [scope, NOT_PLATFORM_ADMIN] }] }
  return where
}

/** Deleting oneself would lock an org out by accident; checkUserDelete handles the rest. */
export const canDeleteUser: Access = async (args) => {
  const user = userOf(args.req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  if (grantsAtLeast(user, 'admin').length === 0) return false
  const scope = await readUsers(args)
  return typeof scope === 'object'
    ? { and: [scope, NOT_PLATFORM_ADMIN, { id: { not_equals: user.id } }] }
    : scope
}
