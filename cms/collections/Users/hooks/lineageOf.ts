import type { PayloadRequest } from 'payload'
import type { OrgId } from '../../../../domain/org/orgGraph'
import { loadOrgFacts } from '../../../services/orgLinks'

/** Loads (once per request) the lineages of `orgIds`, as the pure scope rules want them. */
export async function loadLineageOf(
  req: PayloadRequest,
  orgIds: readonly OrgId[],
): Promise<(orgId: OrgId) => OrgId[]> {
  const facts = await loadOrgFacts(req, orgIds)
  return (orgId) => {
    const org = facts.get(String(orgId))
    return org ? [...org.ancestors, org.id] : []
  }
}
