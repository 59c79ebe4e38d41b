import { describe, expect, it } from 'vitest'
import { upstreamByDistance } from '../../domain/org/upstreamByDistance'
import type { OrgLinks } from '../../domain/org/orgGraph'
import {
  parseProposalDecision,
  parseProposeInput,
  PROPOSAL_TEXT_MAX,
} from '../../domain/syndication/proposalInput'

describe('orgs above a ППО, the nearest first', () => {
  // ППО → Терком (member of a ТООП) → профсоюз → федерация; the ТООП is also under the федерация.
  const links: Record<string, OrgLinks> = {
    ppo: { id: 'ppo', parent: 'ter', memberships: [] },
    ter: { id: 'ter', parent: 'union', memberships: ['toop'] },
    union: { id: 'union', parent: 'fed', memberships: [] },
    toop: { id: 'toop', parent: 'fed', memberships: [] },
    fed: { id: 'fed', parent: null, memberships: [] },
  }
  it('walks parents and memberships breadth-first, each org once at its shortest distance', () => {
    expect(upstreamByDistance(links.ppo!, (id) => links[String(id)])).toEqual([
      { id: 'ter', distance: 1 },
      { id: 'union', distance: 2 },
      { id: 'toop', distance: 2 },
      { id: 'fed', distance: 3 },
    ])
  })
  it('a root has nobody above; an unknown org ends its branch; a cycle does not loop', () => {
    expect(upstreamByDistance(links.fed!, (id) => links[String(id)])).toEqual([])
    expect(upstreamByDistance(links.ppo!, () => undefined)).toEqual([{ id: 'ter', distance: 1 }])
    const cyclic: Record<string, OrgLinks> = {
      a: { id: 'a', parent: 'b', memberships: [] },
      b: { id: 'b', parent: 'a', memberships: [] },
    }
    expect(upstreamByDistance(cyclic.a!, (id) => cyclic[String(id)])).toEqual([
      { id: 'b', distance: 1 },
    ])
  })
})

describe('the propose and decide inputs', () => {
  it('a proposal needs a numeric org id; the note is optional, trimmed and bounded', () => {
    expect(parseProposeInput({ organization: 7 })).toEqual({
      ok: true,
      value: { organization: '7', note: '' },
    })
    expect(parseProposeInput({ organization: '7', note: '  Важно  ' })).toMatchObject({
      value: { note: 'Важно' },
    })
    for (const organization of [undefined, '', 'x', '1 OR 1=1', { $ne: 1 }, '9'.repeat(16)])
      expect(parseProposeInput({ organization })).toMatchObject({ ok: false })
    expect(parseProposeInput({ organization: 1, note: { a: 1 } })).toMatchObject({ ok: false })
    expect(
      parseProposeInput({ organization: 1, note: 'я'.repeat(PROPOSAL_TEXT_MAX + 1) }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/длиннее/) })
  })

  it('accepting defaults to the receiver’s own site', () => {
    expect(parseProposalDecision({ decision: 'accept' })).toEqual({
      ok: true,
      value: { status: 'accepted', reason: '', scope: 'own' },
    })
    expect(parseProposalDecision({ decision: 'accept', scope: 'subtree' })).toMatchObject({
      value: { scope: 'subtree' },
    })
    expect(parseProposalDecision({ decision: 'accept', scope: 'everyone' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/охват/),
    })
  })

  it('declining requires a reason, in Russian', () => {
    expect(parseProposalDecision({ decision: 'decline', reason: '   ' })).toEqual({
      ok: false,
      message: 'Укажите причину отказа — её увидит предложившая организация.',
    })
    expect(parseProposalDecision({ decision: 'decline', reason: 'Уже было' })).toMatchObject({
      value: { status: 'declined', reason: 'Уже было' },
    })
    expect(parseProposalDecision({ decision: 'drop' })).toMatchObject({ ok: false })
    expect(parseProposalDecision({ decision: 'decline', reason: ['a'] })).toMatchObject({
      ok: false,
    })
  })
})
