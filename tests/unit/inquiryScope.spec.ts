import { describe, expect, it } from 'vitest'
import { firstHandler } from '../../domain/inquiries/firstHandler'
import { forwardTarget } from '../../domain/inquiries/forwardTarget'
import { inquiryScope, mayActOnInquiry } from '../../domain/inquiries/inquiryScope'
import { canMoveStatus } from '../../domain/inquiries/inquiryStatuses'

const ter = { id: 1, grants: [{ organization: 'ter', role: 'admin' as const, subtree: true }] }
const ppo = { id: 2, grants: [{ organization: { id: 'ppo' }, role: 'editor' as const }] }

describe('who sees inquiries', () => {
  it('a subtree grant counts for its own org only', () => {
    expect(inquiryScope(ter, 'act')).toEqual({ organization: { in: ['ter'] } })
    expect(inquiryScope(ter, 'history')).toEqual({
      or: [{ organization: { in: ['ter'] } }, { handlers: { in: ['ter'] } }],
    })
    expect(mayActOnInquiry(ter, 'ppo')).toBe(false)
    expect(mayActOnInquiry(ppo, 'ppo')).toBe(true)
  })
  it('anonymous and members without grants see nothing; platform admins everything', () => {
    expect(inquiryScope(null, 'history')).toBe(false)
    expect(inquiryScope({ id: 3, grants: [] }, 'history')).toBe(false)
    expect(inquiryScope({ id: 4, role: 'platform-admin' }, 'act')).toBe(true)
    expect(mayActOnInquiry({ id: 4, role: 'platform-admin' }, 'x')).toBe(true)
    expect(mayActOnInquiry(null, 'x')).toBe(false)
  })
})

describe('workflow rules', () => {
  it('forwards to the structural parent; nowhere from the top', () => {
    expect(forwardTarget(['fed', 'union', 'ter'])).toBe('ter')
    expect(forwardTarget([])).toBeNull()
  })
  it('status moves', () => {
    expect(canMoveStatus('new', 'in_progress')).toBe(true)
    expect(canMoveStatus('new', 'answered')).toBe(true)
    expect(canMoveStatus('answered', 'closed')).toBe(true)
    expect(canMoveStatus('closed', 'in_progress')).toBe(true)
    expect(canMoveStatus('in_progress', 'new')).toBe(false)
    expect(canMoveStatus('closed', 'answered')).toBe(false)
  })
})

describe('the first handler', () => {
  it('the org written to if it has editors, else the nearest staffed org above', () => {
    const staffed = (ids: string[]) => (id: string | number) => ids.includes(String(id))
    expect(firstHandler(['ppo', 'ter', 'union'], staffed(['ppo', 'ter']))).toEqual({
      handler: 'ppo',
      skipped: [],
    })
    expect(firstHandler(['ppo', 'ter', 'union'], staffed(['union']))).toEqual({
      handler: 'union',
      skipped: ['ppo', 'ter'],
    })
    expect(firstHandler(['ppo', 'ter'], staffed([]))).toEqual({ handler: 'ppo', skipped: [] })
  })
})
