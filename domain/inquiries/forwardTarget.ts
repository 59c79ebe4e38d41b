import type { OrgId } from '../org/orgGraph'

/**
 * Where «Передать выше» sends an inquiry: the structural parent, which the org tree already
 * restricts to an allowed level (ППО → Терком or union, Терком → a city Терком or its union;
 * domain/org/orgKinds.ts). `ancestors` run from the root down to the direct parent, as stored.
 * Memberships (a ТООП) are not a line of command for members' complaints, so they never receive.
 */
export function forwardTarget(ancestors: readonly OrgId[]): OrgId | null {
  return ancestors.length > 0 ? ancestors[ancestors.length - 1]! : null
}
