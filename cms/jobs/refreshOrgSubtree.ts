import type { CollectionSlug, PayloadRequest, TaskConfig } from 'payload'
import { SKIP_STRUCTURE_CHECK } from '../collections/Organizations/hooks/checkStructure'
import { idOf, idsOf } from '../services/refs'
import { subtreePlacement } from './subtreePlacement'
import { recordChange } from '../publishing/recordChange'

const OWNED: CollectionSlug[] = [
  'posts',
  'events',
  'pages',
  'documents',
  'media',
  'reposts',
  'feed-decisions',
]

const sameList = (a: unknown[], b: unknown[]) =>
  a.length === b.length && a.every((x, i) => String(x) === String(b[i]))

/** Keeps each `in` list well under SQLite's bound-parameter limit. */
const CHUNK = 500

async function refreshOwned(req: PayloadRequest, allIds: string[]): Promise<number> {
  let updated = 0
  for (let start = 0; start < allIds.length; start += CHUNK) {
    updated += await refreshOwnedChunk(req, allIds.slice(start, start + CHUNK))
  }
  return updated
}

async function refreshOwnedChunk(req: PayloadRequest, orgIds: string[]): Promise<number> {
  let updated = 0
  for (const collection of OWNED) {
    // Re-saving runs setOwnerLineage, which reads the org's new ancestors.
    const result = await req.payload.update({
      collection,
      where: { organization: { in: orgIds } },
      data: {},
      depth: 0,
      overrideAccess: true,
      context: { [SKIP_STRUCTURE_CHECK]: true },
      req,
    })
    updated += result.docs.length
  }
  const users = await req.payload.update({
    collection: 'users',
    where: { 'grants.organization': { in: orgIds } },
    data: {},
    depth: 0,
    overrideAccess: true,
    req,
  })
  return updated + users.docs.length
}

/**
 * After an org moves (or gains a network domain), rewrite ancestors and network root of its
 * subtree and the lineage of everything the subtree owns. Idempotent: re-running changes nothing.
 */
export const refreshOrgSubtree: TaskConfig<{
  input: { orgId: string }
  output: { updated: number }
}> = {
  slug: 'refreshOrgSubtree',
  label: 'Обновление структуры после переноса организации',
  inputSchema: [{ name: 'orgId', type: 'text', required: true }],
  outputSchema: [{ name: 'updated', type: 'number' }],
  retries: 3,
  handler: async ({ input, req }) => {
    const { payload } = req
    const root = await payload.findByID({
      collection: 'organizations',
      id: input.orgId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!root) return { output: { updated: 0 } }
    const { docs } = await payload.find({
      collection: 'organizations',
      where: { ancestors: { in: [root.id] } },
      select: { parent: true, ancestors: true, networkRoot: true, hosting: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const node = (d: (typeof docs)[number] | typeof root) => ({
      id: d.id,
      parent: idOf(d.parent),
      networkDomain: d.hosting?.networkDomain ?? null,
    })
    const placement = subtreePlacement(
      { ...node(root), ancestors: idsOf(root.ancestors), networkRoot: idOf(root.networkRoot) },
      docs.map(node),
    )
    const changed: string[] = [String(root.id)]
    for (const doc of docs) {
      const next = placement.get(String(doc.id))
      if (!next) continue
      if (
        sameList(idsOf(doc.ancestors), next.ancestors) &&
        String(idOf(doc.networkRoot)) === String(next.networkRoot)
      )
        continue
      await payload.update({
        collection: 'organizations',
        id: doc.id,
        // Ids are numbers on SQL and strings on MongoDB; the generated types know only one of them.
        data: {
          ancestors: next.ancestors,
          depth: next.ancestors.length,
          networkRoot: next.networkRoot,
        } as never,
        depth: 0,
        overrideAccess: true,
        context: { [SKIP_STRUCTURE_CHECK]: true },
        req,
      })
      changed.push(String(doc.id))
    }
    req.context.orgFacts = undefined
    const owned = await refreshOwned(req, changed)
    // The move was recorded when it was saved, but the sites may have been built before this
    // re-derivation: publish the subtree again now that its ancestors are right.
    if (changed.length > 0)
      await recordChange(
        req,
        { kind: 'identity', org: input.orgId, formerUpstream: [] },
        'Перенос организации: обновлено поддерево',
        { duringRepair: true },
      )
    return { output: { updated: changed.length - 1 + owned } }
  },
}
