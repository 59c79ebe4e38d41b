import type { OrgId } from '../org/orgGraph'

/**
 * Who handles a new inquiry. The org the member wrote to, if anyone there can read it: many
 * small ППО have no editor of their own and are run by their Терком's information worker, whose
 * subtree grant deliberately does not reach inquiries (inquiryScope.ts). Such an inquiry would
 * reach nobody, so it is forwarded up at once, hop by hop, to the nearest org with its own
 * editors — recorded as forwards, as if those orgs had passed it on. With nobody anywhere it
 * stays where it was sent (the platform admins see it).
 * `upward` is the org itself followed by its ancestors, nearest first.
 */
export function firstHandler(
  upward: readonly OrgId[],
  hasOwnEditors: (org: OrgId) => boolean,
): { handler: OrgId; skipped: OrgId[] } {
  const index = upward.findIndex(hasOwnEditors)
  if (index <= 0) return { handler: upward[0]!, skipped: [] }
  return { handler: upward[index]!, skipped: upward.slice(0, index) }
}
