import type { Access } from 'payload'
import { grantsAtLeast, isPlatformAdmin } from '../../../access/scope'
import { userOf } from '../../../access/userOf'
import { readUsers } from './readUsers'

/** Org admins may add users; checkGrants then limits what they may grant. */
export const canCreateUser: Access = ({ req }) => {
  const user = userOf(req)
  return isPlatformAdmin(user) || grantsAtLeast(user, 'admin').length > 0
}

/** Same reach as reading: oneself, or users in the admin's scope. */
export const canUpdateUser: Access = (args) => readUsers(args)

/** Deleting oneself would lock an org out by accident; checkGrants handles the rest. */
export const canDeleteUser: Access = async (args) => {
  const user = userOf(args.req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  if (grantsAtLeast(user, 'admin').length === 0) return false
  const scope = await readUsers(args)
  return typeof scope === 'object' ? { and: [scope, { id: { not_equals: user.id } }] } : scope
}
