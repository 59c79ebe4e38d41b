import type { Endpoint } from 'payload'
import { parseWeekLabel } from '../../domain/stand/isoWeek'
import { userOf } from '../access/userOf'
import { canPrintStand } from '../collections/Organizations/access/canPrintStand'
import { loadOrg } from '../services/orgLinks'
import { printStandInChild } from './printStandInChild'

const refuse = (status: number, message: string) => Response.json({ message }, { status })

/**
 * GET /api/organizations/:id/stand/:week — «Стенд на неделю» from the admin: the org's stand of
 * any week (`2026-w49`) as a PDF download, for the org's editors. Checks come first and cost
 * nothing; only then is the PDF printed (printStandInChild.ts).
 */
export const standWeekEndpoint: Endpoint = {
  path: '/:id/stand/:week',
  method: 'get',
  handler: async (req) => {
    const user = userOf(req)
    if (!user) return refuse(401, 'Войдите в систему.')
    const week = parseWeekLabel(String(req.routeParams?.week ?? ''))
    if (!week)
      return refuse(400, 'Неделя указана неверно: выберите неделю в календаре (вид 2026-w49).')
    const id = String(req.routeParams?.id ?? '')
    const org = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await loadOrg(req, id) : undefined
    if (!org) return refuse(404, 'Такой организации нет.')
    if (!canPrintStand(user, org.id, [...org.ancestors, org.id]))
      return refuse(403, 'Стенд организации доступен её редакторам и администраторам.')
    const label = String(req.routeParams?.week)
    try {
      const pdf = await printStandInChild(String(org.id), label)
      return new Response(new Uint8Array(pdf), {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="stend-${org.id}-${label}.pdf"`,
          'Cache-Control': 'no-store',
        },
      })
    } catch (error) {
      req.payload.logger.error({ err: error }, `stand ${org.id} ${label}`)
      return refuse(503, 'Не удалось подготовить стенд. Попробуйте ещё раз через минуту.')
    }
  },
}
