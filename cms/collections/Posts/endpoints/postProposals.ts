import { Forbidden, NotFound, type Endpoint, type PayloadRequest } from 'payload'
import { proposalTargets } from '../../../proposals/proposalTargets'
import { proposePost } from '../../../proposals/proposePost'
import { readRequestFields } from '../../../proposals/readRequestFields'
import { refuse } from '../../../subscriptions/requestedOrg'

const ID = /^\d{1,15}$/

/** Signed in, a well-formed id, and Forbidden / NotFound as the 4xx the button shows. */
async function answering(req: PayloadRequest, work: (postId: string) => Promise<Response>) {
  if (!req.user) return refuse(401, 'Войдите в систему.')
  const postId = String(req.routeParams?.id ?? '')
  if (!ID.test(postId)) return refuse(400, 'Неверный идентификатор материала.')
  try {
    return await work(postId)
  } catch (error) {
    if (error instanceof Forbidden)
      return refuse(403, 'Предлагать можно только материалы своей организации.')
    if (error instanceof NotFound) return refuse(404, 'Материал не найден.')
    throw error
  }
}

/**
 * GET /api/posts/:id/proposals — for «Предложить выше» on the post: the orgs above the post's
 * org, the nearest first, each with this post's proposal to it (status, reason) if any.
 */
export const postProposalsEndpoint: Endpoint = {
  path: '/:id/proposals',
  method: 'get',
  handler: (req) =>
    answering(req, async (postId) => Response.json(await proposalTargets(req, postId))),
}

/**
 * POST /api/posts/:id/proposals `{organization, note}` — proposes the post to one org above,
 * as the signed-in user; answers with the refreshed list, or a Russian 4xx (a second proposal
 * to the same org is 409 with what became of the first).
 */
export const proposePostEndpoint: Endpoint = {
  path: '/:id/proposals',
  method: 'post',
  handler: (req) =>
    answering(req, async (postId) => {
      const fields = await readRequestFields(req)
      if (fields === 'too-large') return refuse(413, 'Слишком большой запрос.')
      if (fields === 'unreadable') return refuse(400, 'Не удалось прочитать запрос.')
      const result = await proposePost(req, postId, fields)
      if (!result.ok) return refuse(result.status, result.message)
      return Response.json({ message: result.message, ...result.targets }, { status: 201 })
    }),
}
