import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Endpoint,
  type PayloadRequest,
  type Where,
} from 'payload'
import { idOf, idsOf } from '../../../services/refs'

const CONTENT: CollectionSlug[] = ['posts', 'events', 'pages', 'documents', 'media']

async function moveAll(
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where,
  data: (doc: Record<string, unknown>) => Record<string, unknown>,
): Promise<number> {
  const { docs } = await req.payload.find({
    collection,
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  for (const doc of docs) {
    // Each move goes through access and validation as the signed-in user, so nothing here
    // can place content where that user could not have placed it by hand.
    await req.payload.update({
      collection,
      id: doc.id,
      data: data(doc as unknown as Record<string, unknown>),
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
  }
  return docs.length
}

/**
 * POST /api/organizations/:id/transfer { to } moves child orgs, members and content of an org
 * to another org, so that it can be deleted. Offered by the delete refusal message.
 */
export const transferEndpoint: Endpoint = {
  path: '/:id/transfer',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Войдите в систему.' }, { status: 401 })
    const from = req.routeParams?.id as string | undefined
    const body = (await req.json?.().catch(() => ({}))) as { to?: unknown } | undefined
    const to = idOf(body?.to)
    if (!from || to === null || String(to) === String(from))
      return Response.json(
        { message: 'Укажите другую организацию, в которую перенести содержимое.' },
        { status: 400 },
      )
    // One transaction: a refusal half-way (say, a target outside the user's rights) moves nothing.
    await initTransaction(req)
    try {
      const children = await moveAll(req, 'organizations', { parent: { equals: from } }, () => ({
        parent: to,
      }))
      const members = await moveAll(
        req,
        'organizations',
        { memberships: { in: [from] } },
        (doc) => ({
          memberships: [
            ...new Set([...idsOf(doc.memberships).filter((m) => String(m) !== String(from)), to]),
          ],
        }),
      )
      let content = 0
      for (const collection of CONTENT)
        content += await moveAll(req, collection, { organization: { equals: from } }, () => ({
          organization: to,
        }))
      await commitTransaction(req)
      return Response.json({ moved: { children, members, content } })
    } catch (error) {
      await killTransaction(req)
      const message = error instanceof Error ? error.message : String(error)
      return Response.json({ message: `Перенос остановлен: ${message}` }, { status: 400 })
    }
  },
}
