import {
  findUpstreamCycle,
  membershipKindAllowed,
  parentKindAllowed,
  sameId,
  type OrgId,
} from '../../../../domain/org/orgGraph'
import { ORG_KIND_LABELS, type OrgKind } from '../../../../domain/org/orgKinds'
import type { OrgFacts } from '../../../services/orgLinks'

export interface StructureInput {
  id: OrgId | null
  kind: OrgKind
  parent: OrgId | null
  memberships: OrgId[]
}

export interface FieldProblem {
  path: string
  message: string
}

/**
 * Structural rules for one org, given everything reachable upward from its new parent and
 * memberships. Pure, so the rules are unit-tested without a database.
 */
export function structureProblems(
  org: StructureInput,
  upstream: Map<string, OrgFacts>,
): FieldProblem[] {
  const problems: FieldProblem[] = []
  const nameOf = (id: OrgId) => upstream.get(String(id))?.name ?? `#${id}`

  if (org.kind === 'federation' && org.parent !== null)
    problems.push({ path: 'parent', message: 'У федерации не может быть вышестоящей организации.' })
  if (org.kind !== 'federation' && org.parent === null)
    problems.push({
      path: 'parent',
      message: 'Укажите вышестоящую организацию: без неё в структуре может быть только федерация.',
    })

  const parent = org.parent === null ? undefined : upstream.get(String(org.parent))
  if (org.parent !== null && !parent)
    problems.push({ path: 'parent', message: 'Вышестоящая организация не найдена.' })
  if (parent && !parentKindAllowed(org.kind, parent.kind))
    problems.push({
      path: 'parent',
      message: `Организация уровня «${ORG_KIND_LABELS[org.kind]}» не может входить в организацию уровня «${ORG_KIND_LABELS[parent.kind]}».`,
    })

  for (const m of org.memberships) {
    const member = upstream.get(String(m))
    if (!member) problems.push({ path: 'memberships', message: `Организация #${m} не найдена.` })
    else if (sameId(m, org.parent))
      problems.push({
        path: 'memberships',
        message: `«${member.name}» уже является вышестоящей по структуре; членство в ней указывать не нужно.`,
      })
    else if (!membershipKindAllowed(org.kind, member.kind))
      problems.push({
        path: 'memberships',
        message: `Организация уровня «${ORG_KIND_LABELS[org.kind]}» не может быть членом «${member.name}» (${ORG_KIND_LABELS[member.kind]}).`,
      })
  }
  if (new Set(org.memberships.map(String)).size !== org.memberships.length)
    problems.push({ path: 'memberships', message: 'Одна и та же организация указана дважды.' })

  if (org.id !== null) {
    const viaParent =
      org.parent === null
        ? null
        : findUpstreamCycle(org.id, [org.parent], (id) => upstream.get(String(id)))
    const viaMembership = findUpstreamCycle(org.id, org.memberships, (id) =>
      upstream.get(String(id)),
    )
    const cycle = viaParent ?? viaMembership
    if (cycle) {
      const path = cycle.map(nameOf).join(' → ')
      problems.push({
        path: viaParent ? 'parent' : 'memberships',
        message: `Получится замкнутый круг: ${path}. Организация не может входить сама в себя.`,
      })
    }
  }
  return problems
}
