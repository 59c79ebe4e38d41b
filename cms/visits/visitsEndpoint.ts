import type { Endpoint } from 'payload'
import { coversOrg } from '../../domain/access/scope'
import { userOf } from '../access/userOf'
import { loadOrg } from '../services/orgLinks'
import { visitsChart } from '../components/charts/visitsChart'
import { visitStats } from './visitStats'

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }
const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: HEADERS })

/** The periods the panel offers; anything else is refused rather than scanned. */
const PERIODS = new Set([7, 30, 90])

/**
 * GET /api/organizations/:id/visits?days=30|90 — «Посещаемость»: visits and views per day, top
 * pages and referring domains of the org's site, for whom site-visits is open (visitScope: the
 * org's editors and admins, those of a subtree holding it, the platform admin).
 */
export const visitsEndpoint: Endpoint = {
  path: '/:id/visits',
  method: 'get',
  handler: async (req) => {
    const user = userOf(req)
    if (!user) return refuse(401, 'Войдите в систему.')
    const raw = new URL(req.url ?? 'http://localhost/').searchParams.get('days') ?? '30'
    const period = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN
    if (!PERIODS.has(period)) return refuse(400, 'Период указан неверно: 7, 30 или 90 дней.')
    const id = String(req.routeParams?.id ?? '')
    const org = /^(?:\d{1,15}|[0-9a-f]{24})$/i.test(id) ? await loadOrg(req, id) : undefined
    if (!org) return refuse(404, 'Такой организации нет.')
    if (!coversOrg(user, 'editor', org.id, [...org.ancestors, org.id]))
      return refuse(403, 'Посещаемость сайта видят редакторы и администраторы этой организации.')
    const stats = await visitStats(req, org.id, period)
    return Response.json({ ...stats, chart: visitsChart(stats.days) }, { headers: HEADERS })
  },
}
