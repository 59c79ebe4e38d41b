import type { Access } from 'payload'
import { grantsAtLeast, isPlatformAdmin } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'

/**
 * Platform admins and organization admins. Create access cannot see the rubric's organization
 * for certain (GraphQL and forms differ), so setRubricOwner then refuses an org outside the
 * admin's grants and a shared rubric (no org), which stays the platform admin's.
 */
export const canCreateRubric: Access = ({ req }) => {
  const user = userOf(req)
  return isPlatformAdmin(user) || grantsAtLeast(user, 'admin').length > 0
}
