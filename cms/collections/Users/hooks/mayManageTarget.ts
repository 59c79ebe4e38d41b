import type { PayloadRequest } from 'payload'
import { mayManageUser, refId, type Grant, type ManagedUser } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'
import { loadLineageOf } from './lineageOf'

interface StoredUser {
  id: string | number
  role?: string | null
  grants?: readonly Partial<Grant>[] | null
}

/** The stored account as the pure rule sees it (grant orgs may be populated or bare ids). */
export function managedUserOf(doc: StoredUser): ManagedUser {
  const grants = (doc.grants ?? [])
    .filter((g): g is Grant => g?.organization != null && Boolean(g.role))
    .map((g) => ({
      organization: refId(g.organization),
      role: g.role,
      subtree: Boolean(g.subtree),
    }))
  return {
    id: doc.id,
    role: doc.role === 'platform-admin' ? 'platform-admin' : 'member',
    grants,
  }
}

/** mayManageUser for the signed-in user of `req`, loading the target's grant lineages. */
export async function mayManageTarget(req: PayloadRequest, doc: StoredUser): Promise<boolean> {
  const target = managedUserOf(doc)
  const lineageOf = await loadLineageOf(
    req,
    (target.grants ?? []).map((g) => refId(g.organization)),
  )
  return mayManageUser(userOf(req), target, lineageOf)
}
