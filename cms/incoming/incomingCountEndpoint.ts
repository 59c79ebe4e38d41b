import { Forbidden, NotFound, type Endpoint } from 'payload'
import { refuse } from '../subscriptions/requestedOrg'
import { waitingCount } from './waitingCount'

const ID = /^\d{1,15}$/

/**
 * GET /api/incoming/:orgId/count — `{ waiting }`, the number the «Входящие» link shows, fetched
 * by the link after the admin page is drawn (the page never waits for it). The inbox's access:
 * 401 anonymous, 403 an org the user does not edit, 404 unknown, 400 malformed; all in Russian.
 * `private`: a user's figure is kept by no shared cache; `no-cache`: after an action in the
 * inbox the next page asks again.
 */
export const incomingCountEndpoint: Endpoint = {
  path: '/incoming/:orgId/count',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Войдите в систему.')
    const orgId = String(req.routeParams?.orgId ?? '')
    if (!ID.test(orgId)) return refuse(400, 'Неверный идентификатор организации.')
    try {
      const waiting = await waitingCount(req, orgId)
      return Response.json(
        { waiting },
        {
          headers: { 'Cache-Control': 'private, no-cache', 'X-Content-Type-Options': 'nosniff' },
        },
      )
    } catch (error) {
      if (error instanceof Forbidden)
        return refuse(403, 'Входящие этой организации вам недоступны.')
      if (error instanceof NotFound) return refuse(404, 'Организация не найдена.')
      throw error
    }
  },
}
