import type { FieldAccess } from 'payload'
import { isPlatformAdmin, type ScopedUser } from '../../../../domain/access/scope'

/** Network and custom domains need DNS and certificates, which the platform admin manages. */
export const platformAdminField: FieldAccess = ({ req }) =>
  isPlatformAdmin(req.user as unknown as ScopedUser | null)
