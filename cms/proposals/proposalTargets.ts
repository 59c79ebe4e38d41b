import { Forbidden, NotFound, type PayloadRequest } from 'payload'
import { coversOrg } from '../../domain/access/scope'
import { ORG_KIND_LABELS } from '../../domain/org/orgKinds'
import { userOf } from '../access/userOf'
import { loadOrg } from '../services/orgLinks'
import { idOf } from '../services/refs'
import { orgsAbove } from './orgsAbove'

export type ProposalStatus = 'pending' | 'accepted' | 'declined'

export interface ProposalTarget {
  id: string
  name: string
  /** The org's level, as the editor reads it: «Территориальная организация профсоюза». */
  level: string
  distance: number
  /** This post's proposal to the org, if there is one: it is then not offered again. */
  proposal: { id: string; status: ProposalStatus; reason: string | null } | null
}

export interface PostTargets {
  post: { id: string; title: string; published: boolean }
  /** The orgs above the post's own, the nearest first. */
  targets: ProposalTarget[]
}

/**
 * What «Предложить выше» offers for one post: the post as the signed-in user reads it (so another
 * org's draft is NotFound), only to an editor of the post's own org (Forbidden otherwise), and
 * the orgs above it with this post's proposals to them, read with the user's access.
 */
export async function proposalTargets(req: PayloadRequest, postId: string): Promise<PostTargets> {
  const user = userOf(req)
  if (!user) throw new Forbidden(req.t)
  const post = await req.payload.findByID({
    collection: 'posts',
    id: postId,
    depth: 0,
    select: { title: true, organization: true, _status: true },
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })
  if (!post) throw new NotFound(req.t)
  const from = await loadOrg(req, idOf(post.organization)!)
  if (!from) throw new NotFound(req.t)
  if (!coversOrg(user, 'editor', from.id, [...from.ancestors, from.id])) throw new Forbidden(req.t)
  const above = await orgsAbove(req, from)
  const { docs } = await req.payload.find({
    collection: 'proposals',
    where: { post: { equals: post.id } },
    select: { organization: true, status: true, reason: true },
    depth: 0,
    limit: Math.max(above.length, 1),
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const byOrg = new Map(docs.map((d) => [String(idOf(d.organization)), d]))
  return {
    post: { id: String(post.id), title: post.title, published: post._status === 'published' },
    targets: above.map(({ org, distance }) => {
      const p = byOrg.get(String(org.id))
      return {
        id: String(org.id),
        name: org.name,
        level: ORG_KIND_LABELS[org.kind],
        distance,
        proposal: p
          ? { id: String(p.id), status: p.status as ProposalStatus, reason: p.reason ?? null }
          : null,
      }
    }),
  }
}
