import { plural } from '../../domain/text/plural'
import { DashboardPanel } from './DashboardPanel'
import type { Payload, TypedUser } from 'payload'
import { isPlatformAdmin, type ScopedUser } from '../../domain/access/scope'
import {
  subscriberAdminOrgs,
  subscriberCountOrgs,
} from '../../domain/subscriptions/subscriberScope'
import { subscriberStats } from '../subscriptions/subscriberStats'
import { dashboardOrgs } from '../../domain/access/orgChoice'
import { readOrgChoice } from '../orgChoice/readOrgChoice'

interface Props {
  payload: Payload
  user?: TypedUser | null
}

const NOUN = ['подписчик', 'подписчика', 'подписчиков'] as const

/**
 * Above the dashboard, for each org the user edits (its own grants only, as the addresses are):
 * the number of confirmed e-mail subscribers and its change over four weeks; for the org's
 * admins, the CSV export. Editors never see an address here. Platform admins see nothing: they
 * have no org of their own, and the collection lists every row for them.
 */
export async function SubscriberCounts({ payload, user }: Props) {
  if (!user || isPlatformAdmin(user as unknown as ScopedUser)) return null
  // Only the org chosen in the switcher when it is one of these (issue 19).
  const orgs = dashboardOrgs(
    subscriberCountOrgs(user as unknown as ScopedUser),
    await readOrgChoice(payload, user),
  )
  if (orgs.length === 0) return null
  const admins = new Set(subscriberAdminOrgs(user as unknown as ScopedUser).map(String))
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { id: { in: orgs } },
    select: { name: true },
    depth: 0,
    limit: orgs.length,
    overrideAccess: true,
  })
  const rows = await Promise.all(
    docs.map(async (org) => ({ org, stats: await subscriberStats(payload, org.id) })),
  )
  return (
    <DashboardPanel label="Подписчики рассылки">
      {rows.map(({ org, stats }) => (
        <p key={String(org.id)}>
          {rows.length > 1 ? `${org.name}: ` : 'Рассылка: '}
          <strong>
            {stats.confirmed} {plural(stats.confirmed, NOUN)}
          </strong>{' '}
          ({stats.trend}).{' '}
          {admins.has(String(org.id)) ? (
            <a href={`/api/subscribers/export?organization=${encodeURIComponent(String(org.id))}`}>
              Выгрузить адреса (CSV)
            </a>
          ) : null}
        </p>
      ))}
    </DashboardPanel>
  )
}
