import type { PayloadRequest } from 'payload'
import { firstHandler } from '../../domain/inquiries/firstHandler'
import type { OrgId } from '../../domain/org/orgGraph'
import { loadOrg } from '../services/orgLinks'
import { idOf } from '../services/refs'

export const AUTO_FORWARD_NOTE = 'У организации нет своих редакторов: передано автоматически.'

/**
 * The first handler of an inquiry sent to `orgId` (domain/inquiries/firstHandler.ts) and the
 * forwards that got it there. An org "has its own editors" when some user holds an editor or
 * admin grant on that very org (a subtree grant on it counts: it covers the org itself).
 */
export async function routeInquiry(req: PayloadRequest, orgId: OrgId) {
  const org = await loadOrg(req, orgId)
  const upward: OrgId[] = [orgId, ...[...(org?.ancestors ?? [])].reverse()]
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { 'grants.organization': { in: upward } },
    select: { grants: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const staffed = new Set(
    docs.flatMap((u) =>
      (u.grants ?? [])
        .filter((g) => g.role === 'admin' || g.role === 'editor')
        .map((g) => String(idOf(g.organization))),
    ),
  )
  const { handler, skipped } = firstHandler(upward, (id) => staffed.has(String(id)))
  const at = new Date().toISOString()
  const chain = [...skipped, handler]
  const forwards = skipped.map((from, i) => ({
    from,
    to: chain[i + 1]!,
    at,
    by: null,
    note: AUTO_FORWARD_NOTE,
  }))
  return { handler, handlers: chain, forwards }
}
