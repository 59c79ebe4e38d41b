import type { Access } from 'payload'
import { grantsAtLeast, isPlatformAdmin } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'

/** Platform admins and subtree admins; checkStructure then requires the parent to be in that subtree. */
export const canCreateOrganization: Access = ({ req }) => {
  const user = userOf(req)
  return isPlatformAdmin(user) || grantsAtLeast(user, 'admin').some((g) => g.subtree)
}
