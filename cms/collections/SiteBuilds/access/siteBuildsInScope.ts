import type { Access, Where } from 'payload'
import { grantsAtLeast, isPlatformAdmin, refId } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'

/**
 * Editors see the publishing state of the sites of their orgs. A row stores the host org's
 * lineage as a path (`/1/5/12/`), so a subtree grant is one `contains` condition.
 */
export const siteBuildsInScope: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const grants = grantsAtLeast(user, 'editor')
  if (grants.length === 0) return false
  const or = grants.map((g): Where =>
    g.subtree
      ? { orgPath: { contains: `/${String(refId(g.organization))}/` } }
      : { organization: { equals: refId(g.organization) } },
  )
  return { or }
}
