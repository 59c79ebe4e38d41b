import type { Access } from 'payload'
import { isPlatformAdmin } from './scope'
import { userOf } from './userOf'

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(userOf(req))
