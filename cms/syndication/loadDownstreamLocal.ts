import type { PayloadRequest } from 'payload'
import type { OrgId } from '../../domain/org/orgGraph'
import type { DownstreamOrg } from './loadDownstream'
import type { Reach } from '../../domain/syndication/types'

const CHUNK = 1000

/**
 * Orgs a reach from `from` arrives at, through the Local API for MongoDB (SQL databases use
 * downstreamSql): level by level, structural children and member orgs of the current level in
 * one indexed query each, so a federation-wide reach costs a handful of queries.
 */
export async function loadDownstreamLocal(
  req: PayloadRequest,
  from: OrgId,
  reach: Reach,
): Promise<DownstreamOrg[]> {
  const seen = new Set<string>([String(from)])
  const result: DownstreamOrg[] = []
  // Parent ids of the receivers, named at the end from the orgs walked (or one more query).
  const names = new Map<string, string>()
  const parents = new Map<DownstreamOrg, string>()
  let frontier: OrgId[] = [from]
  for (let distance = 1; distance <= reach.depth && frontier.length > 0; distance++) {
    const next: OrgId[] = []
    // Chunks keep each query under the databases' bound-parameter limits (SQLite: 32,766).
    for (let start = 0; start < frontier.length; start += CHUNK) {
      const chunk = frontier.slice(start, start + CHUNK)
      const { docs } = await req.payload.find({
        collection: 'organizations',
        where: { or: [{ parent: { in: chunk } }, { memberships: { in: chunk } }] },
        select: { name: true, kind: true, incomingPolicy: true, parent: true },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      for (const doc of docs) {
        if (seen.has(String(doc.id))) continue
        seen.add(String(doc.id))
        names.set(String(doc.id), doc.name)
        next.push(doc.id)
        if (!reach.kinds.includes(doc.kind)) continue
        const org: DownstreamOrg = {
          id: doc.id,
          name: doc.name,
          kind: doc.kind,
          policy: doc.incomingPolicy === 'review' ? 'review' : 'auto',
          distance,
          parentName: null,
        }
        result.push(org)
        const parent = typeof doc.parent === 'object' ? doc.parent?.id : doc.parent
        if (parent !== undefined && parent !== null) parents.set(org, String(parent))
      }
    }
    frontier = next
  }
  await nameParents(req, names, parents)
  return result
}

/** Fills each receiver's `parentName`, loading the parents the walk did not pass (`from`…). */
async function nameParents(
  req: PayloadRequest,
  names: Map<string, string>,
  parents: Map<DownstreamOrg, string>,
): Promise<void> {
  const missing = [...new Set(parents.values())].filter((id) => !names.has(id))
  for (let start = 0; start < missing.length; start += CHUNK) {
    const { docs } = await req.payload.find({
      collection: 'organizations',
      where: { id: { in: missing.slice(start, start + CHUNK) } },
      select: { name: true },
      depth: 0,
      limit: CHUNK,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) names.set(String(doc.id), doc.name)
  }
  for (const [org, parent] of parents) org.parentName = names.get(parent) ?? null
}
