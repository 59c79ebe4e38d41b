import type { FieldAccess } from 'payload'
import { coversOrg } from '../../../../domain/access/scope'
import type { OrgId } from '../../../../domain/org/orgGraph'
import { userOf } from '../../../access/userOf'
import { idOf, idsOf } from '../../../services/refs'

/**
 * The decision and the repost's reach belong to the org the post is proposed to: its editors (or
 * those of an org above it) may set them. The proposing side sees them read-only, and on a new
 * proposal nobody sets them (a proposal starts pending, with the receiver's own site as reach).
 */
export const decidesProposal: FieldAccess = ({ req, doc }) => {
  const to = idOf(doc?.organization) as OrgId | null
  if (to === null) return false
  return coversOrg(userOf(req), 'editor', to, [...idsOf(doc?.orgLineage), to])
}
