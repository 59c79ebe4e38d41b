import type { Access } from 'payload'
import { grantsAtLeast, isPlatformAdmin } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'

/** Any org admin may ask; prepareMembershipRequest then requires the joining org to be theirs. */
export const canRequestMembership: Access = ({ req }) => {
  const user = userOf(req)
  return isPlatformAdmin(user) || grantsAtLeast(user, 'admin').length > 0
}
