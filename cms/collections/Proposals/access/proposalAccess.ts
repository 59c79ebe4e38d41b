import type { Access, Where } from 'payload'
import { CONTENT_SCOPE } from '../../../access/contentScope'
import { scopeWhere, type OwnerFilter } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'

const PROPOSER_SCOPE = { org: 'fromOrganization', lineage: 'fromLineage' }

/** Both sides see a proposal: the receiving org (to decide) and the proposing one (to learn the outcome). */
export const readProposals: Access = ({ req }) => {
  const user = userOf(req)
  const receiver = scopeWhere(user, 'editor', CONTENT_SCOPE)
  const proposer = scopeWhere(user, 'editor', PROPOSER_SCOPE)
  if (receiver === true || proposer === true) return true
  const or = [receiver, proposer].filter((w): w is OwnerFilter => typeof w === 'object')
  return or.length > 0 ? { or } : false
}

/** The proposer may withdraw a proposal until it is decided. */
export const withdrawProposal: Access = ({ req }) => {
  const proposer = scopeWhere(userOf(req), 'editor', PROPOSER_SCOPE)
  if (proposer === false) return false
  const pending: Where = { status: { equals: 'pending' } }
  return proposer === true ? pending : { and: [proposer, pending] }
}
