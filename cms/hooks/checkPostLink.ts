import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { userOf } from '../access/userOf'
import type { OrgId } from '../../domain/org/orgGraph'
import { NAMED_ORGS_SELECT, storedReach } from '../../domain/publishing/siteChange'
import { postLinkProblem, type PostLinkKind } from '../security/postLinkProblem'
import { loadUpstreamClosure } from '../services/orgLinks'
import { idOf } from '../services/refs'
import type { Repost, SyndicationPost } from '../../domain/syndication/types'

/**
 * Feed decisions and reposts may only name a published post that concerns their org (see
 * postLinkProblem). Checked for signed-in callers, as the owner org is; trusted Local API calls
 * (import, jobs, tests building fixtures) are not limited.
 */
export function checkPostLink(kind: PostLinkKind): CollectionBeforeChangeHook {
  return async ({ data, req, originalDoc, operation, collection }) => {
    if (!userOf(req)) return data
    const postId = idOf(data.post ?? originalDoc?.post)
    const orgId = idOf(data.organization ?? originalDoc?.organization)
    const changed =
      operation === 'create' ||
      String(postId) !== String(idOf(originalDoc?.post)) ||
      String(orgId) !== String(idOf(originalDoc?.organization))
    if (!changed || orgId === null) return data
    const post = postId === null ? null : await loadPost(req, postId)
    const reposts = post ? await loadReposts(req, post.id, originalDoc?.id) : []
    const orgs = post ? await loadUpstreamClosure(req, [orgId, post.origin]) : new Map()
    const problem = postLinkProblem({
      kind,
      org: orgId,
      post,
      reposts,
      orgs: [...orgs.values()].map((o) => ({ ...o, policy: o.incomingPolicy })),
    })
    if (problem)
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'post', message: problem }],
        req,
      })
    return data
  }
}

type Req = Parameters<CollectionBeforeChangeHook>[0]['req']

async function loadPost(req: Req, id: OrgId): Promise<SyndicationPost | null> {
  const doc = await req.payload.findByID({
    collection: 'posts',
    id,
    depth: 0,
    select: {
      organization: true,
      _status: true,
      reachDepth: true,
      receivers: true,
      reach: NAMED_ORGS_SELECT,
    },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const origin = idOf(doc?.organization)
  if (!doc || origin === null) return null
  return {
    id: doc.id,
    origin,
    published: doc._status === 'published',
    mandatory: false,
    publishedAt: '',
    reach: storedReach(doc),
  }
}

async function loadReposts(req: Req, post: OrgId, except: OrgId | undefined): Promise<Repost[]> {
  const { docs } = await req.payload.find({
    collection: 'reposts',
    where: { post: { equals: post } },
    select: { organization: true, reachDepth: true, receivers: true, reach: NAMED_ORGS_SELECT },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
    .filter((r) => String(r.id) !== String(except))
    .map((r) => ({ post, by: idOf(r.organization)!, reach: storedReach(r) }))
}
