import type { OrgDirectory } from '../../cms/export/orgDirectory'
import { membersByOrg } from '../../domain/org/membersByOrg'
import type { OrgId } from '../../domain/org/orgGraph'

// One index per directory: the worker keeps its directory between rounds, and a batch asks for
// every site's members, so the orgs are walked once, not once per site.
const indexes = new WeakMap<OrgDirectory, Map<string, OrgId[]>>()

/** The orgs that are members of `orgId` by membership edge, in the directory's order. */
export function directoryMembers(directory: OrgDirectory, orgId: OrgId): OrgId[] {
  let index = indexes.get(directory)
  if (!index) {
    index = membersByOrg(directory.orgs.values())
    indexes.set(directory, index)
  }
  return index.get(String(orgId)) ?? []
}
