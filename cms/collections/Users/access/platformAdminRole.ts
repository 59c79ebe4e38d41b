import type { FieldAccess } from 'payload'
import { isPlatformAdmin, type ScopedUser } from '../../../../domain/access/scope'

export const platformAdminRole: FieldAccess = ({ req }) =>
  isPlatformAdmin(req.user as unknown as ScopedUser | null)
