import type { ScopeFields } from '../../../../domain/access/scope'

/** The joining org's side of a request. */
export const FROM_SCOPE: ScopeFields = { org: 'fromOrganization', lineage: 'fromLineage' }
/** The side that decides: the org asked to accept a member. */
export const TO_SCOPE: ScopeFields = { org: 'toOrganization', lineage: 'toLineage' }
