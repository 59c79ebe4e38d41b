import { describe, expect, it } from 'vitest'
import { ORG_KINDS } from '../../domain/org/orgKinds'
import { affectedOrgs } from '../../domain/publishing/affectedOrgs'
import { SyndicationGraph } from '../../domain/syndication/graph'
import { syndicationOrg } from '../helpers/syndicationOrg'

/*
 * fed ─ union ─ terkom ─ ppo1
 *    │              └─ ppo2
 *    └ tuop (terkom is a member of tuop)
 *   other ─ ppo3
 */
const org = syndicationOrg
const graph = new SyndicationGraph([
  org('fed', 'federation', null),
  org('union', 'union', 'fed'),
  org('tuop', 'territorial_association', 'fed'),
  org('terkom', 'territorial_org', 'union', ['tuop']),
  org('ppo1', 'primary_org', 'terkom'),
  org('ppo2', 'primary_org', 'terkom'),
  org('other', 'union', 'fed'),
  org('ppo3', 'primary_org', 'other'),
])
const all = { depth: 99, kinds: ORG_KINDS }
const sorted = (set: Set<string> | null) => (set ? [...set].sort() : set)

describe('affectedOrgs', () => {
  it('a local change touches its own site only', () => {
    expect(sorted(affectedOrgs({ graph, change: { kind: 'local', org: 'ppo1' } }))).toEqual([
      'ppo1',
    ])
  })

  it('a post touches its origin and every receiver of its reach, through memberships too', () => {
    const change = { kind: 'post' as const, org: 'tuop', reaches: [all] }
    expect(sorted(affectedOrgs({ graph, change }))).toEqual(['ppo1', 'ppo2', 'terkom', 'tuop'])
  })

  it('a reach limited by depth and kind stops there', () => {
    const change = {
      kind: 'post' as const,
      org: 'fed',
      reaches: [{ depth: 2, kinds: ['territorial_org' as const] }],
    }
    expect(sorted(affectedOrgs({ graph, change }))).toEqual(['fed', 'terkom'])
  })

  it('a narrowed reach also clears the sites the post leaves', () => {
    const change = {
      kind: 'post' as const,
      org: 'union',
      reaches: [all, { depth: 0, kinds: ORG_KINDS }],
    }
    expect(sorted(affectedOrgs({ graph, change }))).toEqual(['ppo1', 'ppo2', 'terkom', 'union'])
  })

  it('reposts carry a post on with the reposting org’s reach', () => {
    const change = { kind: 'post' as const, org: 'ppo1', reaches: [{ depth: 0, kinds: ORG_KINDS }] }
    const reposts = [{ by: 'terkom', reach: all }]
    expect(sorted(affectedOrgs({ graph, change, reposts }))).toEqual(['ppo1', 'ppo2', 'terkom'])
  })

  it('an identity change touches everything below, the orgs above and the former parent', () => {
    const change = { kind: 'identity' as const, org: 'terkom', formerUpstream: ['other'] }
    expect(sorted(affectedOrgs({ graph, change }))).toEqual([
      'other',
      'ppo1',
      'ppo2',
      'terkom',
      'tuop',
      'union',
    ])
  })

  it('an image touches the sites its posts reach', () => {
    const change = { kind: 'media' as const, org: 'other', media: 'm1' }
    const posts = [{ by: 'other', reach: all }]
    expect(sorted(affectedOrgs({ graph, change, posts }))).toEqual(['other', 'ppo3'])
  })

  it('a shared change touches every site', () => {
    expect(affectedOrgs({ graph, change: { kind: 'everything' } })).toBeNull()
  })
})
