import type { Endpoint } from 'payload'
import { isPlatformAdmin } from '../../../domain/access/scope'
import { userOf } from '../../access/userOf'
import { idOf } from '../../services/refs'
import { refuse } from '../../subscriptions/requestedOrg'
import { MONITORING_NEEDS_SQL, monitoringAvailable } from '../monitoringSql'
import { mayRequestSnapshot } from './mayRequestSnapshot'
import { snapshotWaiting } from './snapshotWaiting'

const ID = /^\d{1,15}$/

/**
 * POST /api/monitoring/:orgId/snapshot — «Снять срез сейчас»: queues the snapshotMonitoring job
 * (never runs it here: the whole network takes seconds to minutes). For the platform admin and
 * the admins of a network's root. 202 whether this call queued it or one was already waiting:
 * repeated clicks or a script's flood add at most one job. 501 on MongoDB: the job could not
 * run there, so nothing is queued.
 */
export const snapshotEndpoint: Endpoint = {
  path: '/monitoring/:orgId/snapshot',
  method: 'post',
  handler: async (req) => {
    const user = userOf(req)
    if (!user) return refuse(401, 'Войдите в систему.')
    if (!monitoringAvailable(req.payload)) return refuse(501, MONITORING_NEEDS_SQL)
    const orgId = String(req.routeParams?.orgId ?? '')
    if (!ID.test(orgId)) return refuse(400, 'Неверный идентификатор организации.')
    const org = await req.payload
      .findByID({
        collection: 'organizations',
        id: orgId,
        select: { parent: true },
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      .catch(() => null)
    if (!org) return refuse(404, 'Организация не найдена.')
    if (
      !isPlatformAdmin(user) &&
      !mayRequestSnapshot(user, { id: org.id, parent: idOf(org.parent) })
    )
      return refuse(403, 'Снять срез может администратор платформы или головной организации.')
    const queued = !(await snapshotWaiting(req))
    if (queued)
      await req.payload.jobs.queue({
        task: 'snapshotMonitoring',
        input: {},
        overrideAccess: true,
        req,
      })
    return Response.json(
      { queued, message: 'Срез поставлен в очередь: он появится через несколько минут.' },
      { status: 202 },
    )
  },
}
