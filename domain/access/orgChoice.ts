import { z } from 'zod'
import { sameId, type OrgId } from '../org/orgGraph'
import { grantsAtLeast, isPlatformAdmin, refId, type ScopedUser } from './scope'

/**
 * The organization switcher (issue 19): a user whose rights cover several orgs picks one, and the
 * admin's lists, its dashboard and new documents follow it. The choice only ever NARROWS what the
 * access rules already allow: it is stored where the user's own browser writes it (Payload's
 * preferences), so every rule here treats it as untrusted input.
 */

/** The stored value: `{ organization: <id> }`; anything else means «all my organizations». */
const storedChoice = z.object({
  organization: z.union([
    z.number().int().positive(),
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,64}$/),
  ]),
})

export function parseOrgChoice(value: unknown): OrgId | null {
  const parsed = storedChoice.safeParse(value)
  return parsed.success ? parsed.data.organization : null
}

/**
 * Who gets a switcher: platform admins (every org) and users whose editor rights cover more than
 * one org — several grants, or a subtree grant. A ППО editor with one org has nothing to switch.
 */
export function offersOrgSwitcher(user: ScopedUser | null | undefined): boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const grants = grantsAtLeast(user, 'editor')
  if (grants.some((g) => g.subtree === true)) return true
  const orgs = grants.map((g) => refId(g.organization))
  return orgs.some((id) => !sameId(id, orgs[0]!))
}

/**
 * What can be said about a chosen org before reading its lineage: a platform admin and a direct
 * grant on it cover it; without a subtree grant nothing else can; otherwise only the org's
 * ancestors tell (then `coversOrg` with them decides).
 */
export type ChoiceCoverage = 'covered' | 'outside' | 'needs-lineage'

export function choiceCoverage(user: ScopedUser | null | undefined, org: OrgId): ChoiceCoverage {
  if (!offersOrgSwitcher(user)) return 'outside'
  if (isPlatformAdmin(user)) return 'covered'
  const grants = grantsAtLeast(user, 'editor')
  if (grants.some((g) => sameId(refId(g.organization), org))) return 'covered'
  return grants.some((g) => g.subtree === true) ? 'needs-lineage' : 'outside'
}

/**
 * A list's filter with the choice applied: the collection's own filter (if any) AND the chosen
 * org's condition. Joined by `and`, never replacing: even a stale choice cannot show more.
 */
export function narrowToChoice<W extends object>(base: W | null, narrow: W): W | { and: W[] } {
  return base ? { and: [base, narrow] } : narrow
}

/**
 * The orgs a dashboard panel shows, following the choice: only the chosen org when it is one of
 * the panel's own orgs; otherwise the panel's orgs unchanged (a Терком admin who picked a ППО
 * still sees the Терком's own inquiries count: the ППО's are not the Терком's to see).
 */
export function dashboardOrgs<T extends OrgId>(orgs: readonly T[], chosen: OrgId | null): T[] {
  if (chosen === null) return [...orgs]
  const match = orgs.filter((id) => sameId(id, chosen))
  return match.length > 0 ? match.slice(0, 1) : [...orgs]
}
