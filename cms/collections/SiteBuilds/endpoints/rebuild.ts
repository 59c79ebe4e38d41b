import type { Endpoint } from 'payload'
import { userOf } from '../../../access/userOf'
import { idOf } from '../../../services/refs'
import { openQueue } from '../../../publishing/queue/openQueue'
import { canRequestRebuild } from '../access/canRequestRebuild'

/** POST /api/site-builds/:id/rebuild — puts one site back in the publishing queue. */
export const rebuildEndpoint: Endpoint = {
  path: '/:id/rebuild',
  method: 'post',
  handler: async (req) => {
    const user = userOf(req)
    if (!user) return Response.json({ message: 'Войдите в систему.' }, { status: 401 })
    const id = req.routeParams?.id
    const row = id
      ? await req.payload
          .findByID({
            collection: 'site-builds',
            id: String(id),
            depth: 0,
            overrideAccess: true,
            req,
            disableErrors: true,
          })
          .catch(() => null)
      : null
    if (!row) return Response.json({ message: 'Сайт не найден.' }, { status: 404 })
    const org = idOf(row.organization)
    const lineage = (row.orgPath ?? '').split('/').filter(Boolean)
    if (org === null || !canRequestRebuild(user, org, lineage)) {
      return Response.json(
        { message: 'Пересобрать сайт может администратор организации или платформы.' },
        { status: 403 },
      )
    }
    await openQueue(req.payload).mark(
      [{ host: row.host, org, orgPath: row.orgPath ?? `/${String(org)}/` }],
      `Пересборка по запросу: ${user.id}`,
    )
    return Response.json({ message: 'Сайт поставлен в очередь на публикацию.' })
  },
}
