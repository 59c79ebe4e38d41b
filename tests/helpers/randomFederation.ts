import type { Payload } from 'payload'
import { ORG_KINDS, type OrgKind } from '../../domain/org/orgKinds'
import { idOf, idsOf } from '../../cms/services/refs'
import { SyndicationGraph } from '../../domain/syndication/graph'
import { MANDATORY_KINDS, REACH_SCOPES } from '../../domain/syndication/reach'
import { receiversOf } from '../../domain/syndication/receivers'
import { storedReach } from '../../domain/publishing/siteChange'
import type {
  Decision,
  Repost,
  SyndicationOrg,
  SyndicationPost,
} from '../../domain/syndication/types'
import { rng } from './random'

type Id = number | string

export interface RandomFederation {
  orgs: SyndicationOrg[]
  posts: SyndicationPost[]
  reposts: Repost[]
  decisions: Decision[]
}

/**
 * A random but valid federation written through the Local API: unions, ТООПs, territorial orgs
 * (some nested, some ТООП members), ППО (some with memberships), posts with random reach,
 * mandatory flags, drafts and equal dates, reposts and receiver decisions.
 */
export async function buildRandomFederation(
  payload: Payload,
  seed: number,
  size: { orgs: number; posts: number },
): Promise<RandomFederation> {
  const r = rng(seed)
  const created: SyndicationOrg[] = []
  const org = async (kind: OrgKind, parent: Id | null, memberships: Id[] = []) => {
    const doc = await payload.create({
      collection: 'organizations',
      data: {
        name: `${kind} ${created.length}`,
        kind,
        parent,
        memberships,
        incomingPolicy: r.chance(0.2) ? 'review' : 'auto',
      } as never,
      depth: 0,
    })
    created.push({ id: doc.id, kind, parent, memberships, policy: 'auto' })
    return doc.id
  }
  const fed = await org('federation', null)
  const unions = [await org('union', fed), await org('union', fed), await org('union', fed)]
  const toops = [
    await org('territorial_association', fed),
    await org('territorial_association', fed),
  ]
  const teams: Id[] = []
  for (let i = 0; i < 12; i++) {
    const nested = teams.length > 0 && r.chance(0.3)
    teams.push(
      await org(
        'territorial_org',
        nested ? r.pick(teams) : r.pick(unions),
        r.chance(0.4) ? [r.pick(toops)] : [],
      ),
    )
  }
  while (created.length < size.orgs) {
    const underUnion = r.chance(0.1)
    const memberships = r.chance(0.15) ? [r.pick(toops)] : []
    await org('primary_org', underUnion ? r.pick(unions) : r.pick(teams), memberships)
  }

  const days = 60
  const upper = created.filter((o) => o.kind !== 'primary_org')
  // Reach by name: some items name orgs below their origin to send to, or to leave out.
  const structure = new SyndicationGraph(created)
  const byKey = new Map(created.map((o) => [String(o.id), o.id]))
  const named = (origin: Id, chance: number, most: number): Id[] => {
    const below = [...structure.distances(origin, 'down').keys()].filter(
      (id) => id !== String(origin),
    )
    if (below.length === 0 || !r.chance(chance)) return []
    return [...new Set(Array.from({ length: r.int(1, most) }, () => r.pick(below)))].map((key) =>
      byKey.get(key)!,
    )
  }
  for (let i = 0; i < size.posts; i++) {
    // Most news that travels comes from the upper levels; ППО mostly write for themselves.
    const origin = r.chance(0.5) ? r.pick(upper) : r.pick(created)
    const scope = r.pick(REACH_SCOPES)
    const published = r.chance(0.9)
    await payload.create({
      collection: 'posts',
      data: {
        title: `Новость ${i}`,
        organization: origin.id,
        _status: published ? 'published' : 'draft',
        // Whole days only, so many posts share a date and the tie-break is exercised.
        publishedAt: new Date(Date.UTC(2026, 0, 1 + r.int(0, days))).toISOString(),
        mandatory: MANDATORY_KINDS.includes(origin.kind) && r.chance(0.15),
        reach: {
          scope,
          maxDepth: scope === 'subtree' && r.chance(0.3) ? r.int(1, 3) : null,
          kinds: r.chance(0.25) ? [...new Set([r.pick(ORG_KINDS), r.pick(ORG_KINDS)])] : [],
          within: named(origin.id, 0.2, 2),
          except: named(origin.id, 0.1, 1),
        },
      } as never,
      draft: !published,
      depth: 0,
    })
  }
  return readBack(payload, r)
}

async function readBack(payload: Payload, r: ReturnType<typeof rng>): Promise<RandomFederation> {
  const all = { depth: 0, limit: 0, pagination: false } as const
  const orgDocs = (await payload.find({ collection: 'organizations', ...all })).docs
  const postDocs = (await payload.find({ collection: 'posts', draft: true, ...all })).docs
  const posts: SyndicationPost[] = postDocs.map((p) => ({
    id: p.id,
    origin: idOf(p.organization)!,
    publishedAt: p.publishedAt ?? '',
    published: p._status === 'published',
    mandatory: Boolean(p.mandatory),
    reach: storedReach(p),
  }))
  const orgs: SyndicationOrg[] = orgDocs.map((o) => ({
    id: o.id,
    kind: o.kind,
    parent: idOf(o.parent),
    memberships: idsOf(o.memberships),
    policy: o.incomingPolicy === 'review' ? 'review' : 'auto',
  }))
  const graph = new SyndicationGraph(orgs)
  const keyToId = new Map(orgs.map((o) => [String(o.id), o.id]))
  const below = (id: Id): Id[] =>
    [...graph.distances(id, 'down').keys()]
      .filter((key) => key !== String(id))
      .map((key) => keyToId.get(key)!)
  const reposts: Repost[] = []
  for (let i = 0; i < 48; i++) {
    // As in life: a lower org's story passed on by an org above it (which may already reach some
    // orgs directly, so provenance via a repost is exercised too). The last rounds repost a post
    // already reposted, by another org above it: receivers below both must agree on whose repost
    // brought it.
    const twice = i >= 40 ? reposts.filter((x) => x.reach.depth > 1) : []
    const again = twice.length > 0 ? String(r.pick(twice).post) : null
    const post =
      again !== null
        ? posts.find((p) => String(p.id) === again)!
        : r.pick(posts.filter((p) => graph.org(p.origin)?.kind !== 'federation'))
    const above = [...graph.distances(post.origin, 'up').keys()].filter(
      (id) => id !== String(post.origin),
    )
    if (above.length === 0) continue
    const by = graph.org(r.pick(above))!
    if (reposts.some((x) => String(x.post) === String(post.id) && String(x.by) === String(by.id)))
      continue
    const options = below(by.id)
    const doc = await payload.create({
      collection: 'reposts',
      data: {
        post: post.id,
        organization: by.id,
        reach: {
          scope: r.pick(REACH_SCOPES),
          kinds: [],
          except: options.length > 0 && r.chance(0.15) ? [r.pick(options)] : [],
        },
      } as never,
      depth: 0,
    })
    reposts.push({
      post: post.id,
      by: by.id,
      reach: storedReach(doc),
    })
  }
  const decisions: Decision[] = []
  for (let i = 0; i < 300; i++) {
    const orgDoc = r.pick(orgDocs)
    const picked = r.pick(['hide', 'pin', 'accept'] as const)
    // Decisions concern items that reach the org (a few stray ones test that they are ignored).
    const arriving = posts.filter((p) =>
      receiversOf(graph, p.origin, p.reach).has(String(orgDoc.id)),
    )
    const post = arriving.length > 0 && r.chance(0.9) ? r.pick(arriving) : r.pick(posts)
    // The CMS refuses to hide a mandatory post; pin it instead.
    const action = picked === 'hide' && post.mandatory ? 'pin' : picked
    if (
      decisions.some(
        (d) =>
          String(d.org) === String(orgDoc.id) &&
          String(d.post) === String(post.id) &&
          d.action === action,
      )
    )
      continue
    const until =
      action === 'pin'
        ? r.pick([null, '2026-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z'])
        : null
    await payload.create({
      collection: 'feed-decisions',
      data: { organization: orgDoc.id, post: post.id, action, until } as never,
      depth: 0,
    })
    decisions.push({ org: orgDoc.id, post: post.id, action, until })
  }
  return { orgs, posts, reposts, decisions }
}
