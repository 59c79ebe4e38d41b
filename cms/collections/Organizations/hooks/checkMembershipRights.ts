import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { isPlatformAdmin } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'
import { loadOrgFacts } from '../../../services/orgLinks'
import { idsOf } from '../../../services/refs'
import { SKIP_STRUCTURE_CHECK } from './checkStructure'
import { membershipRightsProblems } from './membershipRightsProblems'

/**
 * Refuses membership edges a user adds into orgs outside their admin scope, through any API.
 * Calls without a user (the import, jobs) are the system's own; an accepted membership request
 * is applied as the target's admin who accepted it, whom the rule lets through.
 */
export const checkMembershipRights: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  collection,
}) => {
  const user = userOf(req)
  if (!user || isPlatformAdmin(user) || req.context[SKIP_STRUCTURE_CHECK]) return data
  if (!('memberships' in data)) return data
  const before = new Set(idsOf(originalDoc?.memberships).map(String))
  const added = idsOf(data.memberships).filter((id) => !before.has(String(id)))
  if (added.length === 0) return data
  const facts = await loadOrgFacts(req, added)
  const problems = membershipRightsProblems(
    user,
    added.flatMap((id) => {
      const org = facts.get(String(id))
      // A missing org is reported by checkStructure.
      return org ? [{ id: org.id, name: org.name, lineage: [...org.ancestors, org.id] }] : []
    }),
  )
  if (problems.length > 0)
    throw new ValidationError({ collection: collection.slug, errors: problems, req })
  return data
}
