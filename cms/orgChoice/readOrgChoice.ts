import type { Payload } from 'payload'
import {
  coversOrg,
  grantsAtLeast,
  isPlatformAdmin,
  refId,
  type ScopedUser,
} from '../../domain/access/scope'
import { choiceCoverage, offersOrgSwitcher, parseOrgChoice } from '../../domain/access/orgChoice'
import { sameId, type OrgId } from '../../domain/org/orgGraph'
import { ORG_CHOICE_KEY } from './orgChoiceKey'

/**
 * One lookup per request: the list's filter, the nav, the dashboard panels and the new
 * document's default all ask, with the same `req.user` object (Payload loads it once per request,
 * so a choice saved by another request is seen by the next one). Server code that passes one user
 * object to many Local API calls sees the choice as it was at the first.
 */
const perRequest = new WeakMap<object, Promise<OrgId | null>>()

/**
 * The org the user's switcher is set to, or null for «all my organizations». The stored value is
 * the user's own input: an org outside their editor rights (or one they lost since) counts as no
 * choice at all, so the choice can only narrow what access allows.
 */
export function readOrgChoice(
  payload: Payload,
  user: object | null | undefined,
): Promise<OrgId | null> {
  if (!user) return Promise.resolve(null)
  let found = perRequest.get(user)
  if (!found) {
    // Unreadable (a database error): no choice, i.e. the lists as access and scope have them.
    found = lookUp(payload, user as unknown as ScopedUser).catch((err: unknown) => {
      payload.logger.warn({ err }, 'the organization switcher’s choice could not be read')
      return null
    })
    perRequest.set(user, found)
  }
  return found
}

async function lookUp(payload: Payload, user: ScopedUser): Promise<OrgId | null> {
  // A ППО editor has no switcher: a row left from earlier rights (or written by hand) is ignored.
  if (!offersOrgSwitcher(user)) return null
  // Indexed: key, the user relationship (payload_preferences_rels.users_id) and updatedAt.
  const { docs } = await payload.find({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: ORG_CHOICE_KEY } },
        { 'user.value': { equals: user.id } },
        { 'user.relationTo': { equals: 'users' } },
      ],
    },
    // The collection's own create endpoint can add a second row for the key: the latest wins.
    sort: '-updatedAt',
    depth: 0,
    limit: 1,
    pagination: false,
    select: { value: true },
  })
  const chosen = parseOrgChoice(docs[0]?.value)
  if (chosen === null) return null
  // Numeric ids (SQLite, PostgreSQL): any other string is no org, and is not sent to the database.
  if (payload.db.defaultIDType === 'number' && !/^\d+$/.test(String(chosen))) return null
  const coverage = choiceCoverage(user, chosen)
  if (coverage === 'outside') return null
  // A direct grant's org exists (grants point at orgs); a platform admin's choice may have been
  // deleted since, and a subtree grant needs the org's ancestors: one read by primary key.
  if (coverage === 'covered' && !isPlatformAdmin(user))
    // The grant's own id, so that '12' stored by a browser filters as the number 12.
    return grantsAtLeast(user, 'editor')
      .map((g) => refId(g.organization))
      .find((id) => sameId(id, chosen))!
  const org = await payload.findByID({
    collection: 'organizations',
    id: chosen,
    depth: 0,
    select: { ancestors: true },
    disableErrors: true,
  })
  if (!org) return null
  const lineage = [...(org.ancestors ?? []).map((a) => (typeof a === 'object' ? a.id : a)), org.id]
  return coversOrg(user, 'editor', org.id, lineage) ? org.id : null
}
