import type { Access } from 'payload'
import { visitScope } from '../../../visits/visitScope'
import { userOf } from '../../../access/userOf'

/**
 * A snapshot row is read by whoever may monitor its org (canMonitorOrg's rule): its editors and
 * admins, those of a subtree holding it (through the org's own ancestors), platform admins.
 * The same filter as the visit figures: both follow the monitoring's scope.
 */
export const readSnapshots: Access = ({ req }) => visitScope(userOf(req))
