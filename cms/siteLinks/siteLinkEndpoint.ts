import { Forbidden, NotFound, type Endpoint } from 'payload'
import { refuse } from '../subscriptions/requestedOrg'
import { LINKED_COLLECTIONS, siteLinkOf, type LinkedCollection } from './siteLinkOf'

const ID = /^(?:\d{1,15}|[0-9a-f]{24})$/i

/**
 * GET /api/site-link/:collection/:id — a document's address on its own org's site and whether
 * its last saved change is live there («Посмотреть на сайте» on the edit view). Signed in only;
 * a document the caller may not read is a 404, as if it did not exist.
 */
export const siteLinkEndpoint: Endpoint = {
  path: '/site-link/:collection/:id',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Войдите в систему.')
    const collection = String(req.routeParams?.collection ?? '')
    const id = String(req.routeParams?.id ?? '')
    if (!(LINKED_COLLECTIONS as readonly string[]).includes(collection))
      return refuse(400, 'У материалов этого раздела нет страницы на сайте.')
    if (!ID.test(id)) return refuse(400, 'Неверный идентификатор материала.')
    try {
      const link = await siteLinkOf(req, collection as LinkedCollection, id)
      if (!link) return refuse(404, 'Материал не найден.')
      return Response.json(link, { headers: { 'Cache-Control': 'private, no-store' } })
    } catch (error) {
      if (error instanceof NotFound || error instanceof Forbidden)
        return refuse(404, 'Материал не найден.')
      throw error
    }
  },
}
