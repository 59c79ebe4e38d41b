import { describe, expect, it } from 'vitest'
import {
  INCOMING_BATCH_MAX,
  parseIncomingAction,
} from '../../domain/syndication/incomingActionInput'
import {
  compareIncoming,
  incomingStatus,
  waitingDays,
} from '../../domain/syndication/incomingStatus'
import { rubricAssignable, rubricShownOn } from '../../domain/rubrics/rubricAssignable'
import type { Decision } from '../../domain/syndication/types'

const now = new Date('2026-12-07T12:00:00Z')
const d = (action: Decision['action'], until?: string): Decision => ({
  org: 1,
  post: 5,
  action,
  until,
})
const status = (
  decisions: Decision[],
  extra: { mandatory?: boolean; policy?: 'auto' | 'review' } = {},
) => incomingStatus({ post: 5, mandatory: false, policy: 'auto', decisions, now, ...extra })

describe('incomingStatus follows feedOf', () => {
  it('auto: shown unless hidden', () => {
    expect(status([]).shown).toBe(true)
    expect(status([d('hide')])).toMatchObject({ hidden: true, shown: false, waiting: false })
  })
  it('review: waits until accepted; mandatory never waits and is never hidden', () => {
    expect(status([], { policy: 'review' })).toMatchObject({ waiting: true, shown: false })
    expect(status([d('accept')], { policy: 'review' })).toMatchObject({
      waiting: false,
      shown: true,
    })
    expect(status([d('hide')], { policy: 'review', mandatory: true })).toMatchObject({
      hidden: false,
      waiting: false,
      shown: true,
    })
  })
  it('pins end at their date', () => {
    expect(status([d('pin', '2027-01-01T00:00:00Z')])).toMatchObject({ pinned: true })
    expect(status([d('pin', '2026-01-01T00:00:00Z')])).toMatchObject({ pinned: false })
    expect(status([d('pin')])).toMatchObject({ pinned: true, pinnedUntil: null })
  })
  it('waiting first, oldest first; waiting days', () => {
    const a = { waiting: true, publishedAt: '2026-12-01T00:00:00Z' }
    const b = { waiting: true, publishedAt: '2026-12-05T00:00:00Z' }
    const c = { waiting: false, publishedAt: '2026-12-06T00:00:00Z' }
    const e = { waiting: false, publishedAt: '2026-12-01T00:00:00Z' }
    expect([c, b, e, a].sort(compareIncoming)).toEqual([a, b, c, e])
    expect(waitingDays('2026-12-01T11:00:00Z', now)).toBe(6)
  })
})

describe('parseIncomingAction', () => {
  it('accepts a form’s or JSON’s batch and a pin date', () => {
    const ok = parseIncomingAction(
      { action: 'pin', posts: ['1', '2', '2'], until: '2027-01-31' },
      now,
    )
    expect(ok).toEqual({
      ok: true,
      value: { action: 'pin', posts: ['1', '2'], until: '2027-01-31T23:59:59.999Z' },
    })
  })
  it('refuses bad input in Russian', () => {
    const many = Array.from({ length: INCOMING_BATCH_MAX + 1 }, (_, i) => String(i))
    for (const fields of [
      { action: 'drop', posts: ['1'] },
      { action: 'hide', posts: [] },
      { action: 'hide', posts: ['abc'] },
      { action: 'hide', posts: many },
      { action: 'pin', posts: ['1'], until: 'завтра' },
      { action: 'pin', posts: ['1'], until: '2020-01-01' },
    ]) {
      const r = parseIncomingAction(fields, now)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.message).toMatch(/[а-яё]/i)
    }
  })
})

describe('org rubrics', () => {
  it('shared rubrics fit every document and site; an org’s only its own', () => {
    expect(rubricAssignable(null, 3)).toBe(true)
    expect(rubricAssignable(3, 3)).toBe(true)
    expect(rubricAssignable(2, 3)).toBe(false)
    expect(rubricShownOn(null, 3)).toBe(true)
    expect(rubricShownOn(3, 3)).toBe(true)
    expect(rubricShownOn(2, 3)).toBe(false)
  })
})
