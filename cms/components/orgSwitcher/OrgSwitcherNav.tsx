import type { Payload, TypedUser } from 'payload'
import { isPlatformAdmin, type ScopedUser } from '../../../domain/access/scope'
import { ORG_CHOICE_KEY } from '../../orgChoice/orgChoiceKey'
import { loadSwitcher } from './loadSwitcher'
import { OrgSwitcherSelect } from './OrgSwitcherSelect'

/**
 * The organization switcher at the top of the admin's side menu (issue 19), for users whose
 * rights cover several orgs: the lists, the dashboard and new documents follow the org chosen
 * here. Rendered on the server with the user's orgs; choosing is the client part's.
 */
export async function OrgSwitcherNav({
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
}) {
  const state = await loadSwitcher(payload, user).catch(() => null)
  if (!state) return null
  return (
    <OrgSwitcherSelect
      {...state}
      allLabel={
        isPlatformAdmin(user as unknown as ScopedUser) ? 'Все организации' : 'Все мои организации'
      }
      apiRoute={payload.config.routes.api}
      preferenceKey={ORG_CHOICE_KEY}
    />
  )
}
