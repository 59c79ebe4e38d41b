import type { OrgId } from '../../../../domain/org/orgGraph'
import type { OrgKind } from '../../../../domain/org/orgKinds'
import type { FieldProblem } from './structureProblems'

export interface RootChange {
  operation: 'create' | 'update'
  parent: OrgId | null
  previousParent: OrgId | null
  kind: OrgKind
  previousKind: OrgKind | null
}

export const ROOT_PARENT_MESSAGE =
  'Организацию верхнего уровня (без вышестоящей) может создать или вывести из структуры только администратор платформы.'
export const FEDERATION_KIND_MESSAGE =
  'Уровень «Федерация» может назначить только администратор платформы.'

/**
 * A root org answers to no admin but the platform's: creating one, or cutting an org loose from
 * its parent, would take it (and its subtree) out of every admin's reach above it. So only a
 * platform admin may make a root or a federation; keeping an existing one as it is stays allowed.
 */
export function rootProblems(change: RootChange): FieldProblem[] {
  const problems: FieldProblem[] = []
  const becomesRoot =
    change.parent === null && (change.operation === 'create' || change.previousParent !== null)
  if (becomesRoot) problems.push({ path: 'parent', message: ROOT_PARENT_MESSAGE })
  const becomesFederation =
    change.kind === 'federation' &&
    (change.operation === 'create' || change.previousKind !== 'federation')
  if (becomesFederation) problems.push({ path: 'kind', message: FEDERATION_KIND_MESSAGE })
  return problems
}
