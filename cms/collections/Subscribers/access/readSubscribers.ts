import type { Access } from 'payload'
import { subscriberScope } from '../../../../domain/subscriptions/subscriberScope'
import { userOf } from '../../../access/userOf'

/**
 * The addresses of an org's subscribers: its own admins only (not subtree admins above it, not
 * editors: they see counts). Also the delete rule: removal on request (152-ФЗ) is a deletion.
 */
export const readSubscribers: Access = ({ req }) => subscriberScope(userOf(req))
