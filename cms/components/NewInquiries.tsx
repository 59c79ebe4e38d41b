import type { Payload, TypedUser, Where } from 'payload'
import { isPlatformAdmin } from '../../domain/access/scope'
import { inquiryOrgs } from '../../domain/inquiries/inquiryScope'

interface Props {
  payload: Payload
  user?: TypedUser | null
}

const plural = (n: number) => {
  const mod10 = n % 10
  const mod100 = n % 100
  if (mod10 === 1 && mod100 !== 11) return 'новое обращение'
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'новых обращения'
  return 'новых обращений'
}

/**
 * The count of new inquiries for the signed-in editor, above the dashboard. Counted through the
 * access rules (overrideAccess: false), so it is exactly what the editor's org must answer:
 * never a lower org's inquiries, never one only passed through.
 */
export async function NewInquiries({ payload, user }: Props) {
  if (!user) return null
  // Read access also lets an org follow what it forwarded up (status «Новое» again at the new
  // handler): only the inquiries its own orgs handle now are waiting for this editor.
  const own = isPlatformAdmin(user) ? [] : inquiryOrgs(user)
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
    <section aria-label="Обращения" style={{ marginBottom: 'var(--base)' }}>
      {totalDocs === 0 ? (
        <p>Новых обращений нет.</p>
      ) : (
        <p>
          <strong>
            У вас {totalDocs} {plural(totalDocs)}.
          </strong>{' '}
          <a href={`/admin/collections/inquiries?${listQuery}`}>Открыть обращения</a>
        </p>
      )}
    </section>
  )
}
