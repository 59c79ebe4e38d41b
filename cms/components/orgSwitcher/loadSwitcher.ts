import type { Payload, Where } from 'payload'
import type { OrgId } from '../../../domain/org/orgGraph'
import { offersOrgSwitcher } from '../../../domain/access/orgChoice'
import { isPlatformAdmin, type ScopedUser } from '../../../domain/access/scope'
import { orgScopeWhere } from '../../collections/Organizations/access/orgScope'
import { readOrgChoice } from '../../orgChoice/readOrgChoice'
import { switcherOptions, type SwitcherOption } from './switcherOptions'

/** More orgs than this and the switcher searches instead of listing them all. */
export const MAX_LISTED = 300

const SELECT = { name: true, shortName: true, ancestors: true } as const

export interface SwitcherState {
  /** The orgs to pick from, in tree order; empty when the switcher searches. */
  options: SwitcherOption[]
  /** The org chosen now (null: all of them), with its label even when it is not listed. */
  current: SwitcherOption | null
  /** A platform admin (every org) or a scope too large to list: a search box finds orgs. */
  searchable: boolean
  /** What the search is limited to (the user's orgs); null for a platform admin. */
  searchScope: Where | null
}

/**
 * What the nav's switcher shows for `user`, or null when the user gets none: no user, a single
 * org, or a subtree grant on an org with nothing below it. Reads the user's orgs (depth 0, only
 * the fields shown, at most one past MAX_LISTED) and the choice (readOrgChoice, cached per
 * request).
 */
export async function loadSwitcher(
  payload: Payload,
  user: object | null | undefined,
): Promise<SwitcherState | null> {
  const scoped = user as unknown as ScopedUser | null
  if (!scoped || !offersOrgSwitcher(scoped)) return null
  const chosen = await readOrgChoice(payload, user)
  if (isPlatformAdmin(scoped)) return withCurrent(payload, chosen, [], { searchable: true })
  const scope = orgScopeWhere(scoped, 'editor')
  if (typeof scope !== 'object') return null
  // One query (indexed: id, ancestors), one row past the list's size: a federation-wide subtree
  // is searched, not listed.
  const { docs } = await payload.find({
    collection: 'organizations',
    where: scope,
    depth: 0,
    limit: MAX_LISTED + 1,
    pagination: false,
    select: SELECT,
  })
  if (docs.length < 2) return null
  if (docs.length > MAX_LISTED)
    return withCurrent(payload, chosen, [], { searchable: true, searchScope: scope })
  return withCurrent(payload, chosen, switcherOptions(docs), { searchable: false })
}

/** The state with the current choice's entry: from the list, or read when it is not listed. */
async function withCurrent(
  payload: Payload,
  chosen: OrgId | null,
  options: SwitcherOption[],
  search: { searchable: boolean; searchScope?: Where | null },
): Promise<SwitcherState> {
  const state = { options, searchable: search.searchable, searchScope: search.searchScope ?? null }
  if (chosen === null) return { ...state, current: null }
  const listed = options.find((o) => o.id === String(chosen))
  if (listed) return { ...state, current: listed }
  const org = await payload.findByID({
    collection: 'organizations',
    id: chosen,
    depth: 0,
    select: SELECT,
    disableErrors: true,
  })
  return { ...state, current: org ? { ...switcherOptions([org])[0]!, level: 0 } : null }
}
