import type { Access } from 'payload'
import { scopeWhere } from '../../../../domain/access/scope'
import { CONTENT_SCOPE } from '../../../access/contentScope'
import { userOf } from '../../../access/userOf'

/**
 * Update and delete: platform admins everything; an org's admins (or a subtree's above it) the
 * rubrics owned by it. Shared rubrics have no owner, so no org admin matches them.
 */
export const rubricsInAdminScope: Access = ({ req }) =>
  scopeWhere(userOf(req), 'admin', CONTENT_SCOPE)
