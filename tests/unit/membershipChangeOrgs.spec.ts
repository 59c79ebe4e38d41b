import { describe, expect, it } from 'vitest'
import { affectedOrgs } from '../../domain/publishing/affectedOrgs'
import { SyndicationGraph } from '../../domain/syndication/graph'
import { syndicationOrg } from '../helpers/syndicationOrg'

/*
 * fed ─ union ─ terkom ─ ppo
 *    └ tuop, tuop2        (terkom is now a member of tuop; it was a member of tuop2)
 * A membership edge is shown on both sides' structure pages (the association lists its members,
 * the member «Входит в» the association), and it changes what reaches the member's subtree.
 */
const org = syndicationOrg
const graph = new SyndicationGraph([
  org('fed', 'federation', null),
  org('union', 'union', 'fed'),
  org('tuop', 'territorial_association', 'fed'),
  org('tuop2', 'territorial_association', 'fed'),
  org('terkom', 'territorial_org', 'union', ['tuop']),
  org('ppo', 'primary_org', 'terkom'),
])
const sorted = (set: Set<string> | null) => (set ? [...set].sort() : set)

describe('a membership edge added or removed', () => {
  it('added: the association (it lists a new member), the member and everything below it', () => {
    const change = { kind: 'identity' as const, org: 'terkom', formerUpstream: ['union'] }
    expect(sorted(affectedOrgs({ graph, change }))).toEqual(['ppo', 'terkom', 'tuop', 'union'])
  })

  it('removed: the former association too, though the graph no longer links them', () => {
    const change = { kind: 'identity' as const, org: 'terkom', formerUpstream: ['union', 'tuop2'] }
    expect(sorted(affectedOrgs({ graph, change }))).toContain('tuop2')
    // An unrelated association and the federation above are untouched.
    expect(sorted(affectedOrgs({ graph, change }))).not.toContain('fed')
  })
})
