import type { Access } from 'payload'
import { scopeWhere, type OwnerFilter } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'
import { FROM_SCOPE, TO_SCOPE } from './requestScopes'

/** Both sides' admins see a request: the joining org's (to follow it) and the target's (to decide). */
export const readMembershipRequests: Access = ({ req }) => {
  const user = userOf(req)
  const from = scopeWhere(user, 'admin', FROM_SCOPE)
  const to = scopeWhere(user, 'admin', TO_SCOPE)
  if (from === true || to === true) return true
  const or = [from, to].filter((w): w is OwnerFilter => typeof w === 'object')
  return or.length > 0 ? { or } : false
}
