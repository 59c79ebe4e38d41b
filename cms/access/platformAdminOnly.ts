import type { Access } from 'payload'
import { isPlatformAdmin } from '../../domain/access/scope'
import { userOf } from './userOf'

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(userOf(req))
