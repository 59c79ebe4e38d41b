import type { BaseFilter } from 'payload'
import { CONTENT_SCOPE } from './contentScope'
import { scopeWhere } from '../../domain/access/scope'
import { userOf } from './userOf'

/**
 * The admin lists open on the editor's own organizations: everything published is readable,
 * but a ППО editor should not scroll through the whole federation's news to find their own.
 */
export const ownContentFilter: BaseFilter = ({ req }) => {
  const scope = scopeWhere(userOf(req), 'editor', CONTENT_SCOPE)
  return typeof scope === 'object' ? scope : null
}
