import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { grantsAtLeast, refId, type ScopedUser } from '../../../domain/access/scope'
import { fixList } from '../../../domain/monitoring/fixList'
import type { OrgRow } from '../../../domain/monitoring/indicatorTypes'
import { monitoringAvailable } from '../../monitoring/monitoringSql'
import { ownIndicators } from '../../monitoring/ownIndicators'
import { readOrgChoice } from '../../orgChoice/readOrgChoice'

interface Props {
  payload: Payload
  user?: TypedUser | null
}

/** Orgs shown at most: a user with more grants opens the «Мониторинг» page for the rest. */
const MAX_ORGS = 3
const MAX_FIXES = 5

/**
 * On the admin home page, for the org chosen in the switcher or else each org the user edits or
 * administers: its own monitoring row in one line and what to fix first (red first), with a link
 * to the whole subtree. Computed with
 * the user's own rights (ownIndicators checks them as subtreeIndicators does), so nothing of
 * another org shows. Nothing on MongoDB: the «Мониторинг» view says why.
 */
export async function MonitoringOwnRow({ payload, user }: Props) {
  if (!user || !monitoringAvailable(payload)) return null
  // The org chosen in the switcher (issue 19) alone: readOrgChoice has checked the user's rights
  // cover it, and ownIndicators checks them again.
  const chosen = await readOrgChoice(payload, user)
  const ids =
    chosen !== null
      ? [String(chosen)]
      : [
          ...new Set(
            grantsAtLeast(user as unknown as ScopedUser, 'editor').map((g) =>
              String(refId(g.organization)),
            ),
          ),
        ]
  if (ids.length === 0) return null
  const req = await createLocalReq({ user }, payload)
  const rows = (
    await Promise.all(
      ids.slice(0, MAX_ORGS).map((id) =>
        // The own row alone (ownIndicators): not the whole subtree of a federation's editor.
        ownIndicators(req, id).catch(() => null),
      ),
    )
  ).filter((r): r is OrgRow => r !== null)
  if (rows.length === 0) return null
  const link = (id: string) =>
    `${payload.config.routes.admin}/monitoring?org=${encodeURIComponent(id)}`
  return (
    <section aria-labelledby="mon-own-title" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="mon-own-title" style={{ fontSize: '1.2em' }}>
        Информационная работа: что исправить
      </h2>
      {rows.map((row) => {
        const fixes = fixList(row)
        const red = fixes.filter((f) => f.light === 'red').length
        return (
          <div key={row.id} data-org={row.id}>
            <p>
              <strong>{row.name}</strong>:{' '}
              {fixes.length === 0
                ? '✓ все показатели в норме.'
                : `✕ красных показателей: ${red}, ! жёлтых: ${fixes.length - red}.`}{' '}
              <a href={link(String(row.id))}>Открыть мониторинг</a>
            </p>
            {fixes.length > 0 ? (
              <ol>
                {fixes.slice(0, MAX_FIXES).map((f) => (
                  <li key={f.id}>
                    <strong>
                      {f.light === 'red' ? '✕' : '!'} {f.label}:
                    </strong>{' '}
                    {f.reason}. {f.fix !== f.reason ? f.fix : null}
                  </li>
                ))}
              </ol>
            ) : null}
          </div>
        )
      })}
    </section>
  )
}
