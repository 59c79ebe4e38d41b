import { describe, expect, it } from 'vitest'
import { postLinkProblem } from '../../cms/security/postLinkProblem'
import { toReach } from '../../domain/syndication/reach'
import type { SyndicationOrg, SyndicationPost } from '../../domain/syndication/types'

const org = (id: number, kind: SyndicationOrg['kind'], parent: number | null): SyndicationOrg => ({
  id,
  kind,
  parent,
  memberships: [],
  policy: 'review',
})
// fed 1 → union 2 → territorial 3 → ППО 4 and 5; union 6 → ППО 7 (another branch)
const orgs = [
  org(1, 'federation', null),
  org(2, 'union', 1),
  org(3, 'territorial_org', 2),
  org(4, 'primary_org', 3),
  org(5, 'primary_org', 3),
  org(6, 'union', 1),
  org(7, 'primary_org', 6),
]
const post = (origin: number, extra: Partial<SyndicationPost> = {}): SyndicationPost => ({
  id: 100 + origin,
  origin,
  published: true,
  mandatory: false,
  publishedAt: '2026-01-01T00:00:00.000Z',
  reach: toReach({ scope: 'subtree' }),
  ...extra,
})
const check = (
  kind: 'decision' | 'repost',
  at: number,
  p: SyndicationPost | null,
  reposts: { post: number; by: number; reach: SyndicationPost['reach'] }[] = [],
) => postLinkProblem({ kind, org: at, orgs, post: p, reposts })

describe('postLinkProblem', () => {
  it('refuses missing and unpublished posts', () => {
    expect(check('decision', 4, null)).toMatch(/нет/)
    expect(check('decision', 4, post(1, { published: false }))).toMatch(/не опубликован/)
    expect(check('repost', 3, post(4, { published: false }))).toMatch(/не опубликован/)
  })

  it('a decision concerns a post that arrives in the org’s feed, whatever its review policy', () => {
    expect(check('decision', 4, post(1))).toBeNull()
    expect(check('decision', 4, post(4))).toBeNull() // own posts may be pinned
    expect(check('decision', 4, post(7))).toMatch(/не приходит/) // another branch
    expect(check('decision', 4, post(5))).toMatch(/не приходит/) // a sibling
    const unionsOnly = toReach({ scope: 'subtree', kinds: ['union'] })
    expect(check('decision', 4, post(1, { reach: unionsOnly }))).toMatch(/не приходит/)
    expect(check('decision', 2, post(1, { reach: unionsOnly }))).toBeNull()
  })

  it('a post passed on by a repost from above arrives too', () => {
    const reposted = [{ post: 105, by: 3, reach: toReach({ scope: 'children' }) }]
    expect(check('decision', 4, post(5), reposted)).toBeNull()
    expect(check('decision', 7, post(5), reposted)).toMatch(/не приходит/)
  })

  it('a repost passes on a lower org’s story or an arriving post, never its own or a stranger’s', () => {
    expect(check('repost', 3, post(4))).toBeNull()
    expect(check('repost', 1, post(4))).toBeNull()
    expect(check('repost', 2, post(1))).toBeNull()
    expect(check('repost', 4, post(4))).toMatch(/Свой материал/)
    expect(check('repost', 6, post(4))).toMatch(/нижестоящей/)
  })
})
