import { ValidationError, type PayloadRequest } from 'payload'
import { coversOrg, type GrantRole } from '../../domain/access/scope'
import type { OrgId } from '../../domain/org/orgGraph'
import { userOf } from '../access/userOf'
import { loadOrg } from '../services/orgLinks'

/** A Russian error on a document's `organization` field (a 400 with the field marked). */
export const organizationError = (collection: string, req: PayloadRequest, message: string) =>
  new ValidationError({ collection, errors: [{ path: 'organization', message }], req })

/**
 * The owner org's lineage (its ancestors and itself: what subtree grants match against), once
 * the signed-in user is found to hold `role` on it (platform admins always; trusted Local API
 * calls without a user are not limited). Refused with a Russian error on `organization`: an
 * unknown org, or `refused(orgName)` for one out of the user's reach. Shared by setOwnerLineage
 * (content, editors) and setRubricOwner (rubrics, admins).
 */
export async function ownerLineage(
  req: PayloadRequest,
  collection: string,
  orgId: OrgId,
  role: GrantRole,
  refused: (orgName: string) => string,
): Promise<OrgId[]> {
  const org = await loadOrg(req, orgId)
  if (!org)
    throw organizationError(
      collection,
      req,
      'Такой организации нет: выберите организацию из списка.',
    )
  const lineage = [...org.ancestors, org.id]
  const user = userOf(req)
  if (user && !coversOrg(user, role, org.id, lineage))
    throw organizationError(collection, req, refused(org.name))
  return lineage
}
