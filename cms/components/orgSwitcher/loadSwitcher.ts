import type { Payload, Where } from 'payload'
import { offersOrgSwitcher } from '../../../domain/access/orgChoice'
import { isPlatformAdmin, type ScopedUser } from '../../../domain/access/scope'
import { orgScopeWhere } from '../../collections/Organizations/access/orgScope'
import { readOrgChoice } from '../../orgChoice/readOrgChoice'
import { switcherOptions, type SwitcherOption } from './switcherOptions'

/** More orgs than this and the switcher searches instead of listing them all. */
export const MAX_LISTED = 300

export interface SwitcherState {
  /** The orgs to pick from, in tree order; empty when the switcher searches. */
  options: SwitcherOption[]
  /** The org chosen now (null: all of them), with its label even when it is not listed. */
  current: SwitcherOption | null
  /** A platform admin (every org) or a scope too large to list: a search box finds orgs. */
  searchable: boolean
}

/**
 * What the nav's switcher shows for `user`, or null when the user gets none: no user, a single
 * org, or a subtree grant on an org with nothing below it. Reads the user's orgs once (depth 0,
 * only the fields shown) and the choice (readOrgChoice, cached per request).
 */
export async function loadSwitcher(
  payload: Payload,
  user: object | null | undefined,
): Promise<SwitcherState | null> {
  const scoped = user as unknown as ScopedUser | null
  if (!scoped || !offersOrgSwitcher(scoped)) return null
  const chosen = await readOrgChoice(payload, user)
  const select = { name: true, shortName: true, ancestors: true } as const
  let options: SwitcherOption[] = []
  let searchable = isPlatformAdmin(scoped)
  if (!searchable) {
    const scope = orgScopeWhere(scoped, 'editor')
    const { docs, totalDocs } = await payload.find({
      collection: 'organizations',
      where: typeof scope === 'object' ? scope : ({ id: { exists: false } } as Where),
      depth: 0,
      limit: MAX_LISTED,
      select,
    })
    if (totalDocs < 2) return null
    searchable = totalDocs > MAX_LISTED
    options = searchable ? [] : switcherOptions(docs)
  }
  if (chosen === null) return { options, current: null, searchable }
  const listed = options.find((o) => o.id === String(chosen))
  if (listed) return { options, current: listed, searchable }
  const org = await payload.findByID({
    collection: 'organizations',
    id: chosen,
    depth: 0,
    select,
    disableErrors: true,
  })
  const current = org ? { ...switcherOptions([org])[0]!, level: 0 } : null
  return { options, current, searchable }
}
