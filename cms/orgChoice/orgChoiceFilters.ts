import type { Where } from 'payload'
import { ownContentFilter } from '../access/ownContentFilter'
import { withOrgChoice } from './withOrgChoice'

/**
 * The admin lists' base filters under the organization switcher (issue 19). Choosing an org shows
 * exactly its own documents, not its subtree: the lists mixed a Терком's items with its ППО's,
 * and «Все мои организации» still shows the whole subtree. Every field here is indexed.
 */

/** Posts, events, pages, documents, media, reposts, feed decisions: the owner org's editors' lists. */
export const contentListFilter = withOrgChoice(ownContentFilter, (org) => ({
  organization: { equals: org },
}))

/** Inquiries and subscribers: those the chosen org handles or has (read access does the rest). */
export const handledListFilter = withOrgChoice(null, (org) => ({ organization: { equals: org } }))

/** Rubrics: the chosen org's own and the network's shared ones, which its documents use too. */
export const rubricListFilter = withOrgChoice(null, (org) => ({
  or: [{ organization: { equals: org } }, { organization: { exists: false } }],
}))

/** Proposals: those made to the chosen org and those it made. */
export const proposalListFilter = withOrgChoice(null, (org): Where => ({
  or: [{ organization: { equals: org } }, { fromOrganization: { equals: org } }],
}))

/** Membership requests: those the chosen org filed and those filed to it. */
export const membershipListFilter = withOrgChoice(null, (org): Where => ({
  or: [{ fromOrganization: { equals: org } }, { toOrganization: { equals: org } }],
}))
