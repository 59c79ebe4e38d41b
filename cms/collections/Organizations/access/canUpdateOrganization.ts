import type { Access } from 'payload'
import { userOf } from '../../../access/userOf'
import { orgScopeWhere } from './orgScope'

/** Org settings (contacts, branding, hosting) belong to the org's admins, not its editors. */
export const canUpdateOrganization: Access = ({ req }) => orgScopeWhere(userOf(req), 'admin')
