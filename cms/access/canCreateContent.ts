import type { Access } from 'payload'
import { grantsAtLeast, isPlatformAdmin } from '../../domain/access/scope'
import { userOf } from './userOf'

/**
 * Create access cannot see the document's organization yet; the `organization` field's
 * validation then refuses orgs outside the user's scope.
 */
export const canCreateContent: Access = ({ req }) => {
  const user = userOf(req)
  return isPlatformAdmin(user) || grantsAtLeast(user, 'editor').length > 0
}
