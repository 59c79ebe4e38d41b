import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { PlacementNode } from '../../../../domain/hosts/placementChain'
import type { PlacementOrg, SitePlacement } from '../../../../domain/hosts/sitePlacement'
import { placementChain } from '../../../../domain/hosts/placementChain'
import { sitePlacement } from '../../../../domain/hosts/sitePlacement'
import { sameId, type OrgId } from '../../../../domain/org/orgGraph'
import { idOf, idsOf } from '../../../services/refs'
import { addressProblems, clashLabels, movedAddresses } from './addressProblems'
import { SKIP_STRUCTURE_CHECK } from './checkStructure'
import {
  IN_CHUNK,
  loadPlacementNodes,
  loadPlacementNodesById,
  type StoredPlacementNode,
} from './loadPlacementNodes'

/** Stands for the id of an org being created. */
const NEW_ORG = '__new__'

type Hosting = PlacementOrg['hosting']

const hostingOf = (value: unknown): Hosting => {
  const h = (value ?? {}) as Partial<Hosting>
  return {
    mode: h.mode ?? 'subdomain',
    networkDomain: h.networkDomain || null,
    customDomain: h.customDomain || null,
  }
}

/** Fields an edit leaves out (or field access strips) keep their stored value. */
const defined = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined))

/** The field to report a clash on: the one whose change moved the address. */
function changedField(next: PlacementNode, before: PlacementNode | null): string {
  const was = before?.hosting
  if (next.hosting.mode === 'custom' && next.hosting.customDomain !== (was?.customDomain ?? null))
    return 'hosting.customDomain'
  if (next.hosting.networkDomain && next.hosting.networkDomain !== (was?.networkDomain ?? null))
    return 'hosting.networkDomain'
  if (before && next.hosting.mode !== before.hosting.mode) return 'hosting.mode'
  if (before && !sameId(next.parent, before.parent)) return 'parent'
  return 'slug'
}

/**
 * Runs after checkStructure (which derived the new ancestors): refuses a save that would give
 * this org, or an org below it, a published address another org already holds. Slugs are unique
 * per network only, and networks nest (`mfp.localhost` under `localhost`), so the address itself
 * is what must be unique. Skipped when nothing that places a site changed.
 */
export const checkUniqueAddress: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  operation,
  collection,
}) => {
  if (req.context[SKIP_STRUCTURE_CHECK]) return data
  const id: OrgId = originalDoc?.id ?? NEW_ORG
  const node = (doc: Record<string, unknown>): PlacementNode => ({
    id,
    name: String(doc.name ?? ''),
    slug: String(doc.slug ?? id),
    parent: idOf(doc.parent),
    hosting: hostingOf(doc.hosting),
  })
  const before = operation === 'update' && originalDoc ? node(originalDoc) : null
  const next = node({
    ...originalDoc,
    ...defined(data),
    hosting: { ...originalDoc?.hosting, ...defined(data.hosting ?? {}) },
  })
  if (before && JSON.stringify(before) === JSON.stringify({ ...next, name: before.name }))
    return data

  const chainIds = [
    ...idsOf(data.ancestors ?? originalDoc?.ancestors),
    ...idsOf(originalDoc?.ancestors),
  ]
  const loaded = [
    ...(await loadPlacementNodesById(req, chainIds)),
    ...(before ? await loadPlacementNodes(req, { ancestors: { in: [id] } }) : []),
  ]
  const nodesBefore = new Map<string, PlacementNode>(loaded.map((n) => [String(n.id), n]))
  if (before) nodesBefore.set(String(id), before)
  const nodes = new Map(nodesBefore).set(String(id), next)
  const subtree = [next, ...loaded.filter((n) => n.ancestors.some((a) => sameId(a, id)))]
  const previous = new Map<string, SitePlacement>()
  if (before)
    for (const org of subtree)
      previous.set(String(org.id), sitePlacement(placementChain(org.id, nodesBefore)))

  const moved = movedAddresses({ subject: id, subtree, before: previous, nodes })
  if (moved.size === 0) return data
  const others = await loadOthers(req, clashLabels(moved.values()), subtree)
  const missing = others.flatMap((o) => o.ancestors).filter((a) => !nodes.has(String(a)))
  for (const n of [...others, ...(await loadPlacementNodesById(req, missing))])
    if (!nodes.has(String(n.id))) nodes.set(String(n.id), n)

  const problems = addressProblems(
    { subject: id, subtree, before: previous, nodes, others },
    changedField(next, before),
  )
  if (problems.length > 0)
    throw new ValidationError({ collection: collection.slug, errors: problems, req })
  return data
}

/** Orgs outside the subtree that could hold one of its new addresses. */
async function loadOthers(
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  labels: string[],
  subtree: readonly PlacementNode[],
): Promise<StoredPlacementNode[]> {
  const inSubtree = new Set(subtree.map((o) => String(o.id)))
  // A domain typed by the platform admin may be in any case or in Cyrillic: read all of them
  // (a few per platform) and compare them as sitePlacement normalizes them.
  const found = await loadPlacementNodes(req, {
    or: [
      { 'hosting.customDomain': { exists: true } },
      { 'hosting.networkDomain': { exists: true } },
    ],
  })
  for (let i = 0; i < labels.length; i += IN_CHUNK)
    found.push(...(await loadPlacementNodes(req, { slug: { in: labels.slice(i, i + IN_CHUNK) } })))
  const unique = new Map(found.map((o) => [String(o.id), o]))
  return [...unique.values()].filter((o) => !inSubtree.has(String(o.id)))
}
