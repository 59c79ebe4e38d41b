import { describe, expect, it } from 'vitest'
import { feedOf } from '../../domain/syndication/feed'
import { SyndicationGraph } from '../../domain/syndication/graph'
import { namedSubtreesAdmit, receiversOf } from '../../domain/syndication/receivers'
import { toReach } from '../../domain/syndication/reach'
import { sameReach } from '../../domain/syndication/wideMandatory'
import type { Reach, SyndicationOrg, SyndicationPost } from '../../domain/syndication/types'

// fed(1) ─ unionA(2) ─ terA(3) ─ ppoA(4)        assoc(5): terA is its member
//        ├ unionB(6) ─ terB(7) ─ ppoB(8)
//        └ unionC(9) ─ ppoC(10)
const org = (
  id: number,
  kind: SyndicationOrg['kind'],
  parent: number | null,
  memberships: number[] = [],
): SyndicationOrg => ({ id, kind, parent, memberships, policy: 'auto' })
const graph = new SyndicationGraph([
  org(1, 'federation', null),
  org(2, 'union', 1),
  org(3, 'territorial_org', 2, [5]),
  org(4, 'primary_org', 3),
  org(5, 'territorial_association', 1),
  org(6, 'union', 1),
  org(7, 'territorial_org', 6),
  org(8, 'primary_org', 7),
  org(9, 'union', 1),
  org(10, 'primary_org', 9),
])
const everywhere = toReach({ scope: 'subtree' })
const named = (within: number[], except: number[] = []): Reach => ({
  ...everywhere,
  within,
  except,
})
const receivers = (reach: Reach, from = 1) => [...receiversOf(graph, from, reach).keys()].sort()

describe('reach by name', () => {
  it('sends only into the named orgs’ subtrees, the named orgs included', () => {
    expect(receivers(named([2, 9]))).toEqual(['10', '2', '3', '4', '9'])
    expect(receivers(named([7]))).toEqual(['7', '8'])
  })

  it('follows membership edges: an association’s subtree holds its member orgs', () => {
    expect(receivers(named([5]))).toEqual(['3', '4', '5'])
  })

  it('leaves out the excepted subtrees, even inside a named one', () => {
    expect(receivers(named([], [6]))).toEqual(['10', '2', '3', '4', '5', '9'])
    expect(receivers(named([2], [4]))).toEqual(['2', '3'])
    // terA is in unionA's subtree and, as a member, in the association's: excepted either way.
    expect(receivers(named([], [5]))).toEqual(['10', '2', '6', '7', '8', '9'])
  })

  it('still stops at the depth and the kinds', () => {
    expect(receivers({ ...named([2]), depth: 2 })).toEqual(['2', '3'])
    expect(receivers({ ...named([2, 6]), kinds: ['primary_org'] })).toEqual(['4', '8'])
  })

  it('an empty list names nothing: everywhere the depth allows', () => {
    expect(receivers(named([], []))).toEqual(receivers(everywhere))
  })

  it('decides on a lineage alone (the org and everything above it)', () => {
    const lineageOf = (id: number) => graph.distances(id, 'up')
    expect(namedSubtreesAdmit(named([2]), lineageOf(4))).toBe(true)
    expect(namedSubtreesAdmit(named([2]), lineageOf(8))).toBe(false)
    expect(namedSubtreesAdmit(named([], [3]), lineageOf(3))).toBe(false)
    expect(namedSubtreesAdmit(named([], [3]), lineageOf(2))).toBe(true)
  })

  it('the feed of every org agrees with the receivers, for every pair of named orgs', () => {
    const ids = [...graph.orgs.keys()].map(Number)
    let id = 1000
    for (const w of [null, ...ids])
      for (const e of [null, ...ids]) {
        const reach = named(w === null ? [] : [w], e === null ? [] : [e])
        const post: SyndicationPost = {
          id: id++,
          origin: 1,
          publishedAt: '2026-03-01T10:00:00.000Z',
          published: true,
          mandatory: false,
          reach,
        }
        const expected = new Set(receivers(reach))
        for (const reader of ids.filter((r) => r !== 1)) {
          const items = feedOf({
            graph,
            org: reader,
            posts: [post],
            reposts: [],
            decisions: [],
            now: new Date(),
          })
          expect(items.length === 1, `post within ${w} except ${e} at ${reader}`).toBe(
            expected.has(String(reader)),
          )
        }
      }
  })

  it('toReach keeps the names as ids, once each, and drops them for «только на сайте»', () => {
    expect(toReach({ scope: 'subtree', within: [2, { id: 9 }, 2], except: [] })).toEqual({
      ...everywhere,
      within: [2, 9],
    })
    expect(toReach({ scope: 'children', except: ['a', 'a', null as never] })).toEqual({
      ...toReach({ scope: 'children' }),
      except: ['a'],
    })
    expect(toReach({ scope: 'own', within: [2], except: [3] })).toEqual(toReach({ scope: 'own' }))
  })
})

describe('a wide mandatory item under reach by name', () => {
  it('asks again when the named orgs change, not when only their order does', () => {
    expect(
      sameReach({ scope: 'subtree', within: [2, 9] }, { scope: 'subtree', within: [9, 2] }),
    ).toBe(true)
    expect(sameReach({ scope: 'subtree', within: [2] }, { scope: 'subtree', within: [2, 9] })).toBe(
      false,
    )
    expect(sameReach({ scope: 'subtree' }, { scope: 'subtree', except: [6] })).toBe(false)
  })
})
