import { describe, expect, it } from 'vitest'
import { eventSchema } from '../../domain/contract/event'
import { ORG_KINDS } from '../../domain/org/orgKinds'
import { affectedOrgs } from '../../domain/publishing/affectedOrgs'
import { PAST_EVENTS_KEPT, siteEvents, type EventReach } from '../../domain/publishing/siteEvents'
import { SyndicationGraph } from '../../domain/syndication/graph'
import type { Reach } from '../../domain/syndication/types'
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
const subtree = { depth: 99, kinds: ORG_KINDS }
const own = { depth: 0, kinds: ORG_KINDS }
const now = new Date('2027-03-01T12:00:00Z')
const event = (
  id: string,
  owner: string,
  reach: Reach = subtree,
  startsAt = '2027-03-10T07:00:00Z',
) => ({ id, org: owner, reach, startsAt, endsAt: null, allDay: false }) satisfies EventReach
const ids = (list: { event: EventReach }[]) => list.map((e) => e.event.id)

describe('siteEvents: which events a site shows', () => {
  it('a federation event with subtree reach arrives at every ППО, through memberships too', () => {
    const events = [event('day', 'fed')]
    for (const ppo of ['ppo1', 'ppo2', 'ppo3', 'terkom', 'tuop'])
      expect(ids(siteEvents(graph, ppo, events, now))).toEqual(['day'])
  })

  it('an own-site event stays on its site; a sibling never sees another org’s event', () => {
    const events = [event('meeting', 'ppo1', own), event('other', 'ppo3', subtree)]
    expect(ids(siteEvents(graph, 'ppo1', events, now))).toEqual(['meeting'])
    expect(ids(siteEvents(graph, 'ppo2', events, now))).toEqual([])
    expect(ids(siteEvents(graph, 'terkom', events, now))).toEqual([])
  })

  it('a reach limited by depth and kind stops where a post’s would', () => {
    const events = [
      event('shallow', 'union', { depth: 1, kinds: ORG_KINDS }),
      event('terkoms', 'fed', { depth: 99, kinds: ['territorial_org'] }),
    ]
    expect(ids(siteEvents(graph, 'terkom', events, now)).sort()).toEqual(['shallow', 'terkoms'])
    expect(ids(siteEvents(graph, 'ppo1', events, now))).toEqual([])
  })

  it('upcoming ones first, soonest first; then past ones, latest first, at most PAST_EVENTS_KEPT', () => {
    const past = Array.from({ length: PAST_EVENTS_KEPT + 5 }, (_, i) =>
      event(`p${i}`, 'ppo1', own, new Date(Date.UTC(2026, 0, 1 + i)).toISOString()),
    )
    const events = [
      event('later', 'fed', subtree, '2027-04-01T07:00:00Z'),
      event('soon', 'ppo1', own),
      ...past,
    ]
    const shown = siteEvents(graph, 'ppo1', events, now)
    expect(ids(shown).slice(0, 3)).toEqual(['soon', 'later', `p${PAST_EVENTS_KEPT + 4}`])
    expect(shown.filter((e) => e.ended)).toHaveLength(PAST_EVENTS_KEPT)
    expect(shown.map((e) => e.ended).slice(0, 2)).toEqual([false, false])
    expect(ids(shown)).not.toContain('p0')
  })

  it('an event that has ended moves from upcoming to past at its end, without any edit', () => {
    const meeting = {
      ...event('m', 'ppo1', own, '2027-03-01T09:00:00Z'),
      endsAt: '2027-03-01T13:00:00Z',
    }
    expect(siteEvents(graph, 'ppo1', [meeting], now)[0]!.ended).toBe(false)
    expect(siteEvents(graph, 'ppo1', [meeting], new Date('2027-03-01T13:00:00Z'))[0]!.ended).toBe(
      true,
    )
  })
})

describe('affectedOrgs for an event (a post change without a post id)', () => {
  it('a federation event marks every site its reach arrives at, and only those', () => {
    const change = { kind: 'post' as const, org: 'fed', reaches: [subtree] }
    expect([...affectedOrgs({ graph, change })!].sort()).toEqual(
      ['fed', 'other', 'ppo1', 'ppo2', 'ppo3', 'terkom', 'tuop', 'union'].sort(),
    )
  })

  it('narrowing the reach clears the sites it left (the reach before and after)', () => {
    const change = { kind: 'post' as const, org: 'union', reaches: [subtree, own] }
    expect([...affectedOrgs({ graph, change })!].sort()).toEqual([
      'ppo1',
      'ppo2',
      'terkom',
      'union',
    ])
  })
})

describe('the snapshot contract for events', () => {
  const base = {
    id: '1',
    title: 'Собрание',
    slug: 'sobranie',
    startsAt: '2027-03-10T07:00:00.000Z',
    endsAt: '2027-03-10T09:00:00.000Z',
    updatedAt: '2027-03-01T07:00:00.000Z',
    ended: false,
    provenance: {
      orgId: '1',
      orgName: 'ППО',
      isOwn: true,
      canonicalUrl: 'http://a.localhost/events/sobranie/',
    },
  }
  it('accepts an event with defaults and refuses an online link that is not a URL', () => {
    expect(eventSchema.parse(base)).toMatchObject({ allDay: false, lead: '', html: '' })
    expect(eventSchema.safeParse({ ...base, onlineUrl: 'javascript:alert(1)' }).success).toBe(false)
  })
})
