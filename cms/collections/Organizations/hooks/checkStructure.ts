import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { isPlatformAdmin, grantsAtLeast, refId } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'
import { nearestNetworkRoot } from '../../../../domain/org/networkRoot'
import { sameId, type OrgId } from '../../../../domain/org/orgGraph'
import { loadOrgFacts, loadUpstreamClosure } from '../../../services/orgLinks'
import { idOf, idsOf } from '../../../services/refs'
import { rootProblems } from './rootProblems'
import { structureProblems, type FieldProblem } from './structureProblems'

/** Set by jobs that rewrite derived fields, which must not re-run the checks. */
export const SKIP_STRUCTURE_CHECK = 'skipStructureCheck'

/**
 * Validates the org's place in the structure and derives ancestors, depth and network root.
 * Errors are collected and reported per field in Russian, so nothing is saved half-checked.
 */
export const checkStructure: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  operation,
  collection,
}) => {
  if (req.context[SKIP_STRUCTURE_CHECK]) return data
  const id: OrgId | null = originalDoc?.id ?? null
  const kind = data.kind ?? originalDoc?.kind
  const parent = idOf('parent' in data ? data.parent : originalDoc?.parent)
  const memberships = idsOf('memberships' in data ? data.memberships : originalDoc?.memberships)
  const upstream = await loadUpstreamClosure(
    req,
    parent === null ? memberships : [parent, ...memberships],
  )
  const problems: FieldProblem[] = structureProblems({ id, kind, parent, memberships }, upstream)

  const user = userOf(req)
  if (user && !isPlatformAdmin(user))
    problems.push(
      ...rootProblems({
        operation,
        parent,
        previousParent: idOf(originalDoc?.parent),
        kind,
        previousKind: originalDoc?.kind ?? null,
      }),
    )
  const parentChanged =
    operation === 'create' ||
    !sameId(parent, idOf(originalDoc?.parent)) ||
    kind !== originalDoc?.kind
  if (user && !isPlatformAdmin(user) && parentChanged) {
    // Placing an org in the tree needs a subtree admin grant above the new place (and the old one).
    const roots = grantsAtLeast(user, 'admin')
      .filter((g) => g.subtree)
      .map((g) => refId(g.organization))
    const places = [parent, operation === 'update' ? idOf(originalDoc?.parent) : null].filter(
      (p) => p !== null,
    )
    const facts = await loadOrgFacts(req, places)
    for (const place of places) {
      const org = facts.get(String(place))
      const lineage = org ? [...org.ancestors, org.id] : []
      if (!roots.some((root) => lineage.some((id) => sameId(id, root))))
        problems.push({
          path: 'parent',
          message:
            'Размещать организацию в структуре может только администратор вышестоящей организации с правами на всё её дерево.',
        })
    }
  }

  if (problems.length === 0 && parent !== null) {
    const parentFacts = upstream.get(String(parent))!
    const ancestorIds = [...parentFacts.ancestors, parentFacts.id]
    const chain = await loadOrgFacts(req, ancestorIds)
    data.ancestors = ancestorIds
    data.depth = ancestorIds.length
    data.networkRoot = nearestNetworkRoot(ancestorIds.map((a) => chain.get(String(a))!))
  } else if (problems.length === 0) {
    data.ancestors = []
    data.depth = 0
    data.networkRoot = null
  }

  const slug = data.slug ?? originalDoc?.slug
  if (problems.length === 0 && slug) {
    const { docs } = await req.payload.find({
      collection: 'organizations',
      where: {
        and: [
          { slug: { equals: slug } },
          data.networkRoot === null
            ? { networkRoot: { exists: false } }
            : { networkRoot: { equals: data.networkRoot } },
          ...(id === null ? [] : [{ id: { not_equals: id } }]),
        ],
      },
      select: { name: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (docs[0])
      problems.push({
        path: 'slug',
        message: `Адрес «${slug}» уже занят организацией «${docs[0].name}» в этой сети. Выберите другой.`,
      })
  }

  if (problems.length > 0)
    throw new ValidationError({ collection: collection.slug, errors: problems, req })
  return data
}
