import { NavGroup } from '@payloadcms/ui'
import type { Payload, TypedUser } from 'payload'
import { IncomingNavLink } from '../incoming/IncomingNavLink'
import { ProposalsNavLink } from '../proposals/ProposalsNavLink'
import { grantsAtLeast, isPlatformAdmin, type ScopedUser } from '../../../domain/access/scope'

/**
 * «Мониторинг» in the admin's side menu, in a group of its own, for those who may open it:
 * platform admins and anyone editing or administering an org.
 */
export function MonitoringNavLink({
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
}) {
  const scoped = user as unknown as ScopedUser | null
  if (!scoped || (!isPlatformAdmin(scoped) && grantsAtLeast(scoped, 'editor').length === 0))
    return null
  const href = `${payload.config.routes.admin}/monitoring`
  return (
    <NavGroup label="Контроль">
      <a className="nav__link" href={href} id="nav-monitoring">
        <span className="nav__link-label">Мониторинг</span>
      </a>
      {/* The review inbox (issue 18/19), for those who edit an org: its waiting count. */}
      {grantsAtLeast(scoped, 'editor').length > 0 && (
        <IncomingNavLink payload={payload} user={user!} />
      )}
      {/* What orgs below propose (issue 19): its count waiting for a decision. */}
      <ProposalsNavLink payload={payload} user={user!} />
    </NavGroup>
  )
}
