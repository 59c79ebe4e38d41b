import type { BaseFilter } from 'payload'
import { userOf } from '../../../access/userOf'
import { orgScopeWhere } from './orgScope'

/** The organizations list opens on the user's own orgs and their subtrees. */
export const ownOrganizationsFilter: BaseFilter = ({ req }) => {
  const scope = orgScopeWhere(userOf(req), 'editor')
  return typeof scope === 'object' ? scope : null
}
