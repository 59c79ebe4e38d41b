import type { Access, Where } from 'payload'
import { scopeWhere } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'
import { FROM_SCOPE } from './requestScopes'

/** The joining org's admins may withdraw a request until it is decided (the record then stays). */
export const withdrawMembershipRequest: Access = ({ req }) => {
  const from = scopeWhere(userOf(req), 'admin', FROM_SCOPE)
  if (from === true) return true
  if (from === false) return false
  const pending: Where = { status: { equals: 'pending' } }
  return { and: [from, pending] }
}
