import { coversOrg, type ScopedUser } from '../../../../domain/access/scope'
import type { OrgId } from '../../../../domain/org/orgGraph'
import type { FieldProblem } from './structureProblems'

export interface MembershipTarget {
  id: OrgId
  name: string
  /** The target's ancestors and itself. */
  lineage: readonly OrgId[]
}

/**
 * Membership brings the target's materials to the member and lets it propose to the target, so
 * it is the target's to grant: an edge may be added only by an admin whose scope covers the
 * target (or a platform admin). Anyone else asks through a membership request. Removing an edge
 * (leaving) needs no more than the right to edit the member org.
 */
export function membershipRightsProblems(
  user: ScopedUser,
  added: readonly MembershipTarget[],
): FieldProblem[] {
  return added
    .filter((target) => !coversOrg(user, 'admin', target.id, target.lineage))
    .map((target) => ({
      path: 'memberships',
      message:
        `Членство в «${target.name}» нельзя указать самостоятельно: отправьте заявку ` +
        `(раздел «Заявки на членство»), её примут администраторы «${target.name}».`,
    }))
}
