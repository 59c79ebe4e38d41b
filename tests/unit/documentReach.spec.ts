import { describe, expect, it } from 'vitest'
import { ORG_KINDS } from '../../domain/org/orgKinds'
import { affectedOrgs } from '../../domain/publishing/affectedOrgs'
import { documentChanges } from '../../domain/publishing/documentChanges'
import { upperDocuments } from '../../domain/publishing/upperDocuments'
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
const own = { depth: 0, kinds: ORG_KINDS }
const subtree = { depth: 99, kinds: ORG_KINDS }
const children = { depth: 1, kinds: ORG_KINDS }

describe('upperDocuments', () => {
  const docs = [
    { id: 'charter', org: 'fed', reach: subtree },
    { id: 'fed-own', org: 'fed', reach: own },
    { id: 'agreement', org: 'union', reach: subtree },
    { id: 'terkom-letter', org: 'terkom', reach: children },
    { id: 'tuop-plan', org: 'tuop', reach: { depth: 99, kinds: ['territorial_org' as const] } },
    { id: 'other-charter', org: 'other', reach: subtree },
    { id: 'ppo1-own', org: 'ppo1', reach: subtree },
  ]

  it('shows the documents of the orgs above whose reach arrives, the farthest origin first', () => {
    expect(upperDocuments(graph, 'ppo1', docs).map((d) => d.id)).toEqual([
      'charter',
      'agreement',
      'terkom-letter',
    ])
  })

  it('follows membership edges and the kinds of a reach', () => {
    // Two origins at the same distance: in the order of their ids, stable from build to build.
    expect(upperDocuments(graph, 'terkom', docs).map((d) => d.id)).toEqual([
      'charter',
      'tuop-plan',
      'agreement',
    ])
  })

  it('never shows an org its own documents, those of a sibling branch or an own-only one', () => {
    expect(upperDocuments(graph, 'ppo3', docs).map((d) => d.id)).toEqual([
      'charter',
      'other-charter',
    ])
    expect(upperDocuments(graph, 'fed', docs)).toEqual([])
  })

  it('stops a reach at its depth', () => {
    expect(upperDocuments(graph, 'ppo1', docs).map((d) => d.id)).not.toContain('tuop-plan')
    const shallow = [{ id: 'x', org: 'fed', reach: { depth: 2, kinds: ORG_KINDS } }]
    expect(upperDocuments(graph, 'terkom', shallow)).toHaveLength(1)
    expect(upperDocuments(graph, 'ppo1', shallow)).toEqual([])
  })
})

describe('documentChanges', () => {
  it('a document without a reach changes its own site only', () => {
    expect(documentChanges([{ org: 'ppo1', reach: own }])).toEqual([{ kind: 'local', org: 'ppo1' }])
  })

  it('a document given a reach records both reaches, and touches every site reached', () => {
    const [change] = documentChanges([
      { org: 'union', reach: own },
      { org: 'union', reach: subtree },
    ])
    expect(change).toEqual({ kind: 'post', org: 'union', reaches: [own, subtree] })
    expect([...affectedOrgs({ graph, change: change! })!].sort()).toEqual([
      'ppo1',
      'ppo2',
      'terkom',
      'union',
    ])
  })

  it('a narrowed reach still clears the sites it left', () => {
    const [change] = documentChanges([
      { org: 'fed', reach: subtree },
      { org: 'fed', reach: own },
    ])
    expect(affectedOrgs({ graph, change: change! })!.size).toBe(graph.orgs.size)
  })

  it('a document moved to another org records a change for each owner', () => {
    expect(
      documentChanges([
        { org: 'ppo1', reach: own },
        { org: 'ppo2', reach: own },
      ]),
    ).toEqual([
      { kind: 'local', org: 'ppo1' },
      { kind: 'local', org: 'ppo2' },
    ])
  })
})
