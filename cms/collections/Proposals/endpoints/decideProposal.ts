import type { Endpoint } from 'payload'
import { decideProposal } from '../../../proposals/decideProposal'
import { readRequestFields } from '../../../proposals/readRequestFields'
import { refuse } from '../../../subscriptions/requestedOrg'

const ID = /^\d{1,15}$/

/**
 * POST /api/proposals/:id/decide `{decision: accept|decline, scope, reason}` — the reviewer's
 * buttons. A browser form (the «Предложения» view, no script needed) is answered by a redirect
 * back to the view with the outcome, JSON by JSON. Signed in only: the session cookie counts
 * only from the admin's own origin (docs/SECURITY.md), so a forged cross-site form is anonymous.
 */
export const decideProposalEndpoint: Endpoint = {
  path: '/:id/decide',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Войдите в систему.')
    const id = String(req.routeParams?.id ?? '')
    if (!ID.test(id)) return refuse(400, 'Неверный идентификатор предложения.')
    const form = !/^application\/json/i.test(req.headers.get('content-type') ?? '')
    const fields = await readRequestFields(req)
    if (fields === 'too-large') return refuse(413, 'Слишком большой запрос.')
    if (fields === 'unreadable') return refuse(400, 'Не удалось прочитать запрос.')
    const result = await decideProposal(req, id, fields)
    if (!form)
      return result.ok
        ? Response.json({ message: result.message })
        : refuse(result.status, result.message)
    const back = new URLSearchParams(
      result.ok ? { done: result.message } : { error: result.message, open: id },
    )
    return new Response(null, {
      status: 303,
      headers: { Location: `${req.payload.config.routes.admin}/proposals?${back}` },
    })
  },
}
