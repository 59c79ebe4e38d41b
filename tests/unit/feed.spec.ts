import { describe, expect, it } from 'vitest'
import { feedOf } from '../../domain/syndication/feed'
import { SyndicationGraph } from '../../domain/syndication/graph'
import { receiversOf } from '../../domain/syndication/receivers'
import { SUBTREE_DEPTH, toReach } from '../../domain/syndication/reach'
import type {
  Decision,
  Repost,
  SyndicationOrg,
  SyndicationPost,
} from '../../domain/syndication/types'

// fed ─ unionA ─ terA ─ ppoA      toop (member: terA)      unionB ─ terB ─ ppoB
const org = (
  id: number,
  kind: SyndicationOrg['kind'],
  parent: number | null,
  memberships: number[] = [],
  policy: 'auto' | 'review' = 'auto',
): SyndicationOrg => ({ id, kind, parent, memberships, policy })
const orgs = [
  org(1, 'federation', null),
  org(2, 'union', 1),
  org(3, 'territorial_org', 2, [5]),
  org(4, 'primary_org', 3),
  org(5, 'territorial_association', 1),
  org(6, 'union', 1),
  org(7, 'territorial_org', 6),
  org(8, 'primary_org', 7, [], 'review'),
]
const graph = new SyndicationGraph(orgs)
const all = toReach({ scope: 'subtree' })
let nextId = 100
const post = (origin: number, extra: Partial<SyndicationPost> = {}): SyndicationPost => ({
  id: nextId++,
  origin,
  publishedAt: `2026-01-${String(10 + (nextId % 20)).padStart(2, '0')}T10:00:00.000Z`,
  published: true,
  mandatory: false,
  reach: all,
  ...extra,
})
const now = new Date('2026-06-01T00:00:00Z')
const feed = (
  orgId: number,
  posts: SyndicationPost[],
  reposts: Repost[] = [],
  decisions: Decision[] = [],
) => feedOf({ graph, org: orgId, posts, reposts, decisions, now }).map((i) => i.post)

describe('reach', () => {
  it('follows structural children and membership edges', () => {
    expect([...receiversOf(graph, 5, all).keys()].sort()).toEqual(['3', '4'])
    expect(receiversOf(graph, 1, all).size).toBe(7)
  })
  it('children only, a depth limit and a kind filter', () => {
    expect([...receiversOf(graph, 1, toReach({ scope: 'children' })).keys()].sort()).toEqual([
      '2',
      '5',
      '6',
    ])
    expect(
      [...receiversOf(graph, 1, toReach({ scope: 'subtree', maxDepth: 2 })).keys()].sort(),
    ).toEqual(['2', '3', '5', '6', '7'])
    expect(
      [
        ...receiversOf(graph, 1, toReach({ scope: 'subtree', kinds: ['primary_org'] })).keys(),
      ].sort(),
    ).toEqual(['4', '8'])
    expect(toReach({ scope: 'own' }).depth).toBe(0)
    expect(toReach({ scope: 'subtree' }).depth).toBe(SUBTREE_DEPTH)
  })
})

describe('feedOf', () => {
  it('shows own posts and what arrives from above, not from siblings or below', () => {
    const fedPost = post(1)
    const unionBPost = post(6)
    const ppoPost = post(4)
    const toopPost = post(5)
    expect(feed(4, [fedPost, unionBPost, ppoPost, toopPost]).sort()).toEqual(
      [fedPost.id, ppoPost.id, toopPost.id].sort(),
    )
    expect(feed(2, [ppoPost])).toEqual([])
  })
  it('drops unpublished posts and respects the depth of the reach', () => {
    const draft = post(1, { published: false })
    const shallow = post(1, { reach: toReach({ scope: 'children' }) })
    expect(feed(4, [draft, shallow])).toEqual([])
    expect(feed(2, [draft, shallow])).toEqual([shallow.id])
  })
  it('hides what the receiver hid, except mandatory items', () => {
    const normal = post(1)
    const mandatory = post(1, { mandatory: true })
    const decisions: Decision[] = [
      { org: 4, post: normal.id, action: 'hide' },
      { org: 4, post: mandatory.id, action: 'hide' },
    ]
    expect(feed(4, [normal, mandatory], [], decisions)).toEqual([mandatory.id])
    expect(feed(3, [normal, mandatory], [], decisions).sort()).toEqual(
      [normal.id, mandatory.id].sort(),
    )
  })
  it('holds incoming items under a review policy until accepted; mandatory ones pass', () => {
    const a = post(1)
    const b = post(1)
    const m = post(6, { mandatory: true })
    expect(feed(8, [a, b, m])).toEqual([m.id])
    expect(feed(8, [a, b, m], [], [{ org: 8, post: b.id, action: 'accept' }]).sort()).toEqual(
      [b.id, m.id].sort(),
    )
  })
  it('puts pinned items first until the pin expires', () => {
    const older = post(1, { publishedAt: '2026-01-01T00:00:00.000Z' })
    const newer = post(1, { publishedAt: '2026-05-01T00:00:00.000Z' })
    const pin = (until: string | null): Decision[] => [
      { org: 4, post: older.id, action: 'pin', until },
    ]
    expect(feed(4, [older, newer], [], pin(null))).toEqual([older.id, newer.id])
    expect(feed(4, [older, newer], [], pin('2026-07-01T00:00:00Z'))).toEqual([older.id, newer.id])
    expect(feed(4, [older, newer], [], pin('2026-02-01T00:00:00Z'))).toEqual([newer.id, older.id])
  })
  it('a repost carries a lower org’s post with the reposter’s reach and names it as provenance', () => {
    const story = post(4, { reach: toReach({ scope: 'own' }) })
    const reposts: Repost[] = [{ post: story.id, by: 2, reach: all }]
    expect(feed(3, [story])).toEqual([])
    const items = feedOf({ graph, org: 3, posts: [story], reposts, decisions: [], now })
    expect(items).toEqual([expect.objectContaining({ post: story.id, origin: 4, via: 2 })])
    expect(feed(2, [story], reposts)).toEqual([story.id])
    expect(feed(7, [story], reposts)).toEqual([])
  })
  it('orders newest first with a stable tie-break', () => {
    const same = '2026-03-03T03:03:03.000Z'
    const x = post(1, { publishedAt: same })
    const y = post(1, { publishedAt: same })
    expect(feed(4, [x, y])).toEqual([y.id, x.id])
  })
  it('a moved org receives from its new parents and keeps its own decisions', () => {
    const fromUnionB = post(6)
    const fromUnionA = post(2)
    const decisions: Decision[] = [{ org: 4, post: fromUnionB.id, action: 'pin' }]
    const moved = new SyndicationGraph(orgs.map((o) => (o.id === 4 ? { ...o, parent: 7 } : o)))
    const items = feedOf({
      graph: moved,
      org: 4,
      posts: [fromUnionA, fromUnionB],
      reposts: [],
      decisions,
      now,
    })
    expect(items.map((i) => [i.post, i.pinned])).toEqual([[fromUnionB.id, true]])
  })
})
