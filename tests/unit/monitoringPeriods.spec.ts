import { describe, expect, it } from 'vitest'
import { monitoringPeriods } from '../../domain/monitoring/periods'
import { siteHostOwner, type ChainOrg } from '../../cms/monitoring/siteHostOwner'

describe('monitoringPeriods', () => {
  it('counts weeks, quarters and the report year on Moscow’s wall clock', () => {
    // Sunday 31 March 2026, 22:30 UTC = Monday 1 April 01:30 in Moscow: a new week and quarter.
    const p = monitoringPeriods(new Date('2026-03-31T22:30:00Z'))
    expect(p.weekStart.toISOString()).toBe('2026-03-29T21:00:00.000Z')
    expect(p.quarterStart.toISOString()).toBe('2026-03-31T21:00:00.000Z')
    expect(p.reportYear).toBe(2025)
    // 1 January 02:00 in Moscow is already the new year.
    expect(monitoringPeriods(new Date('2026-12-31T23:00:00Z')).reportYear).toBe(2026)
  })
})

describe('siteHostOwner', () => {
  const chain = new Map<string, ChainOrg>(
    [
      { id: '1', parentId: null, mode: 'subdomain' },
      { id: '2', parentId: '1', mode: 'section' },
      { id: '3', parentId: '2', mode: 'section' },
      { id: '4', parentId: '2', mode: 'custom' },
    ].map((o) => [o.id, o as ChainOrg]),
  )
  it('a section is served by its nearest ancestor with a site of its own', () => {
    expect(siteHostOwner('3', chain)).toBe('1')
    expect(siteHostOwner('4', chain)).toBe('4')
    expect(siteHostOwner('1', chain)).toBe('1')
  })
})
