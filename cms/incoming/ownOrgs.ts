import type { PayloadRequest } from 'payload'
import { grantsAtLeast, refId } from '../../domain/access/scope'
import { userOf } from '../access/userOf'

/** The orgs a user edits or administers (by their grants, in grant order), with their names. */
export async function ownOrgs(req: PayloadRequest): Promise<{ id: string; name: string }[]> {
  const ids = [
    ...new Set(grantsAtLeast(userOf(req), 'editor').map((g) => String(refId(g.organization)))),
  ]
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'organizations',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const names = new Map(docs.map((d) => [String(d.id), d.name]))
  return ids.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! }))
}
