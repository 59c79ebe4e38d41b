import type { PayloadRequest } from 'payload'
import { grantsAtLeast, isPlatformAdmin, refId } from '../../domain/access/scope'
import { userOf } from '../access/userOf'

/**
 * The org whose subtree the «Мониторинг» view opens on when none is asked for: the highest of
 * the orgs the user edits or administers (a Терком's admin lands on the Терком, not on one of
 * its ППО); for a platform admin without grants, the first network root by name.
 */
export async function defaultMonitorOrg(req: PayloadRequest): Promise<string | null> {
  const user = userOf(req)
  if (!user) return null
  const granted = [...new Set(grantsAtLeast(user, 'editor').map((g) => refId(g.organization)))]
  if (granted.length === 0 && !isPlatformAdmin(user)) return null
  const { docs } = await req.payload.find({
    collection: 'organizations',
    where: granted.length > 0 ? { id: { in: granted } } : { depth: { equals: 0 } },
    select: { depth: true, name: true },
    sort: ['depth', 'name'],
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ? String(docs[0].id) : null
}
