import { plural } from '../../domain/text/plural'
import { DashboardPanel } from './DashboardPanel'
import type { Payload, TypedUser, Where } from 'payload'
import { isPlatformAdmin } from '../../domain/access/scope'
import { inquiryOrgs } from '../../domain/inquiries/inquiryScope'
import { dashboardOrgs } from '../../domain/access/orgChoice'
import { readOrgChoice } from '../orgChoice/readOrgChoice'

interface Props {
  payload: Payload
  user?: TypedUser | null
}

const NOUN = ['новое обращение', 'новых обращения', 'новых обращений'] as const

/**
 * The count of new inquiries for the signed-in editor, above the dashboard. Counted through the
 * access rules (overrideAccess: false), so it is exactly what the editor's org must answer:
 * never a lower org's inquiries, never one only passed through.
 */
export async function NewInquiries({ payload, user }: Props) {
  if (!user) return null
  // Read access also lets an org follow what it forwarded up (status «Новое» again at the new
  // handler): only the inquiries its own orgs handle now are waiting for this editor.
  // The switcher (issue 19) narrows it to the chosen org when it handles inquiries itself;
  // a platform admin's choice is any org.
  const chosen = await readOrgChoice(payload, user)
  const platformChoice = chosen === null ? [] : [chosen]
  const own = isPlatformAdmin(user) ? platformChoice : dashboardOrgs(inquiryOrgs(user), chosen)
  const where: Where = {
    status: { equals: 'new' },
    ...(own.length > 0 ? { organization: { in: own } } : {}),
  }
  const listQuery = [
    'where[status][equals]=new',
    ...own.map((id, i) => `where[organization][in][${i}]=${encodeURIComponent(String(id))}`),
  ].join('&')
  // A user without any editor grant may not read inquiries at all: nothing to show.
  const totalDocs = await payload
    .count({
      collection: 'inquiries',
      where,
      overrideAccess: false,
      user,
    })
    .then((r) => r.totalDocs)
    .catch(() => null)
  if (totalDocs === null) return null
  return (
    <DashboardPanel label="Обращения">
      {totalDocs === 0 ? (
        <p>Новых обращений нет.</p>
      ) : (
        <p>
          <strong>
            У вас {totalDocs} {plural(totalDocs, NOUN)}.
          </strong>{' '}
          <a href={`/admin/collections/inquiries?${listQuery}`}>Открыть обращения</a>
        </p>
      )}
    </DashboardPanel>
  )
}
