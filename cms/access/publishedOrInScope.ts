import type { Access, Where } from 'payload'
import { CONTENT_SCOPE } from './contentScope'
import { scopeWhere } from '../../domain/access/scope'
import { userOf } from './userOf'

const published: Where = { _status: { equals: 'published' } }

/** Readers see published documents; editors also see drafts of their own orgs, never of others. */
export const publishedOrInScope: Access = ({ req }) => {
  const scope = scopeWhere(userOf(req), 'editor', CONTENT_SCOPE)
  if (scope === true) return true
  if (scope === false) return published
  return { or: [published, scope] }
}
