import type { FilterOptions } from 'payload'
import { loadOrg } from '../../../services/orgLinks'
import { idOf } from '../../../services/refs'
import { orgsAbove } from '../../../proposals/orgsAbove'

/**
 * «Кому предложено» offers only the orgs above the chosen post's org (its parent chain and the
 * associations it belongs to), on a new proposal; until a post is chosen, nothing. prepareProposal refuses any other
 * org with a Russian message, whatever the client sends.
 */
export const orgsAboveOptions: FilterOptions = async ({ id, data, req }) => {
  // A saved proposal's org never changes (prepareProposal): a later move in the tree must not
  // make deciding it fail validation.
  if (id) return true
  const postId = idOf(data?.post)
  if (postId === null) return false
  const post = await req.payload.findByID({
    collection: 'posts',
    id: postId,
    depth: 0,
    select: { organization: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const from = post ? await loadOrg(req, idOf(post.organization)!) : undefined
  if (!from) return false
  const above = await orgsAbove(req, from)
  return above.length > 0 ? { id: { in: above.map((a) => a.org.id) } } : false
}
