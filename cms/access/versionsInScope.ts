import type { Access } from 'payload'
import { VERSION_SCOPE } from './contentScope'
import { scopeWhere } from '../../domain/access/scope'
import { userOf } from './userOf'

/** Version history holds drafts, so only the owning org's editors may read it. */
export const versionsInScope: Access = ({ req }) => scopeWhere(userOf(req), 'editor', VERSION_SCOPE)
