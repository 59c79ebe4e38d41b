import type { Access } from 'payload'
import { visitScope } from '../../../visits/visitScope'
import { userOf } from '../../../access/userOf'

/**
 * Visit figures of an org: its own editors and admins, editors and admins of a subtree holding
 * it, and the platform admin. Shared by site-visits and site-referrers.
 */
export const readVisits: Access = ({ req }) => visitScope(userOf(req))
