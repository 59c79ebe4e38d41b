import { stringify } from 'csv-stringify/sync'
import type { PayloadHandler } from 'payload'
import { csvCell, UTF8_BOM } from '../../domain/subscriptions/csvCell'
import { mayManageSubscribers } from '../../domain/subscriptions/subscriberScope'
import {
  SUBSCRIBER_STATUSES,
  SUBSCRIPTION_MODES,
} from '../../domain/subscriptions/subscriptionModes'
import { userOf } from '../access/userOf'
import { refuse, requestedOrg } from './requestedOrg'

const label = (list: readonly { value: string; label: string }[], value: string) =>
  list.find((x) => x.value === value)?.label ?? value
const date = (value: string | null | undefined) =>
  value ? value.slice(0, 19).replace('T', ' ') : ''

/**
 * GET /api/subscribers/export?organization=<id> — the org's subscribers as CSV, for its own admins
 * only (an editor, a subtree admin above, another org's admin: 403). UTF-8 with a BOM so Excel
 * reads the Cyrillic; every cell defused against formulas (csvCell). The rows are read through
 * the access rules as well, so the check and the query can never disagree.
 */
export const exportSubscribers: PayloadHandler = async (req) => {
  const user = userOf(req)
  if (!user) return refuse(403, 'Выгрузка доступна администраторам организации.')
  const org = requestedOrg(req)
  if (!org) return refuse(400, 'Укажите организацию: ?organization=<id>.')
  if (!mayManageSubscribers(user, org))
    return refuse(403, 'Выгружать адреса подписчиков могут только администраторы этой организации.')
  const { docs } = await req.payload.find({
    collection: 'subscribers',
    where: { organization: { equals: org } },
    sort: 'email',
    depth: 0,
    limit: 0,
    pagination: false,
    select: {
      email: true,
      mode: true,
      status: true,
      consentAt: true,
      confirmedAt: true,
      unsubscribedAt: true,
    },
    overrideAccess: false,
    user: req.user,
  })
  const header = ['Адрес', 'Что получает', 'Состояние', 'Согласие', 'Подтверждена', 'Отписка']
  const body = docs.map((d) =>
    [
      d.email,
      label(SUBSCRIPTION_MODES, d.mode),
      label(SUBSCRIBER_STATUSES, d.status),
      date(d.consentAt),
      date(d.confirmedAt),
      date(d.unsubscribedAt),
    ].map(csvCell),
  )
  const csv = UTF8_BOM + stringify([header, ...body], { record_delimiter: 'windows' })
  return new Response(csv, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="subscribers-${org}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
