import { Forbidden, NotFound, type Endpoint } from 'payload'
import { refuse } from '../subscriptions/requestedOrg'
import { monitoringViewResponse } from './export/monitoringViewResponse'
import { monitoringData } from './monitoringData'
import { MONITORING_NEEDS_SQL, MonitoringNeedsSql, monitoringAvailable } from './monitoringSql'

const ID = /^\d{1,15}$/

/**
 * GET /api/monitoring/:orgId — the subtree's monitoring for whoever may see the org: JSON
 * `{ root, rows, rollups, page, pages, total, limit }` (rows filtered, sorted and paged as the
 * dashboard asks), or `?format=xlsx|csv`, the same view whole. 401 anonymous, 403 an org out of
 * the user's reach, 404 an unknown one, 400 a malformed id or parameter, 501 on MongoDB (the
 * facts are SQL statements; checked before the id, whose form differs there); all in Russian.
 */
export const monitoringEndpoint: Endpoint = {
  path: '/monitoring/:orgId',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Войдите в систему.')
    if (!monitoringAvailable(req.payload)) return refuse(501, MONITORING_NEEDS_SQL)
    const orgId = String(req.routeParams?.orgId ?? '')
    if (!ID.test(orgId)) return refuse(400, 'Неверный идентификатор организации.')
    try {
      return await monitoringViewResponse(req, await monitoringData(req, orgId))
    } catch (error) {
      if (error instanceof Forbidden)
        return refuse(403, 'Мониторинг этой организации вам недоступен.')
      if (error instanceof NotFound) return refuse(404, 'Организация не найдена.')
      if (error instanceof MonitoringNeedsSql) return refuse(501, MONITORING_NEEDS_SQL)
      throw error
    }
  },
}
