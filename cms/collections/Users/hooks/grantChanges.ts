import { coversGrant, grantKey, type Grant, type ScopedUser } from '../../../../domain/access/scope'
import type { OrgId } from '../../../../domain/org/orgGraph'

/**
 * Grants an actor added or removed that lie outside the actor's own admin scope.
 * A grant that stays unchanged is allowed even when out of scope: an org admin may edit a user
 * who also works for another org without touching that other org's grant.
 */
export function forbiddenGrantChanges(
  actor: ScopedUser,
  before: readonly Grant[],
  after: readonly Grant[],
  lineageOf: (orgId: OrgId) => readonly OrgId[],
): Grant[] {
  const beforeKeys = new Set(before.map(grantKey))
  const afterKeys = new Set(after.map(grantKey))
  const changed = [
    ...after.filter((g) => !beforeKeys.has(grantKey(g))),
    ...before.filter((g) => !afterKeys.has(grantKey(g))),
  ]
  return changed.filter((g) => {
    const orgId = typeof g.organization === 'object' ? g.organization.id : g.organization
    return !coversGrant(actor, g, lineageOf(orgId))
  })
}
