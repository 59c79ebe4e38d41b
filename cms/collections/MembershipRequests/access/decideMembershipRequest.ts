import type { Access } from 'payload'
import { scopeWhere } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'
import { TO_SCOPE } from './requestScopes'

/** Only the target org's admins decide (prepareMembershipRequest lets them change only the decision). */
export const decideMembershipRequest: Access = ({ req }) =>
  scopeWhere(userOf(req), 'admin', TO_SCOPE)
