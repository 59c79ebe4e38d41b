import { describe, expect, it } from 'vitest'
import {
  isFirstDayOfQuarter,
  quarterBefore,
  quarterOf,
  quarterTitle,
  snapshotQuarter,
} from '../../domain/monitoring/quarters'
import { countLights, trendShares } from '../../domain/monitoring/trendShares'
import { pastLights, unitHash } from '../../domain/monitoring/pastLights'
import { INDICATOR_IDS, type IndicatorId, type Light } from '../../domain/monitoring/indicatorTypes'

describe('quarter labels in Moscow time', () => {
  it('the new year begins at 21:00 UTC on 31 December', () => {
    expect(quarterOf(new Date('2026-12-31T20:59:59Z'))).toBe('2026-Q4')
    expect(quarterOf(new Date('2026-12-31T21:00:00Z'))).toBe('2027-Q1')
    expect(quarterOf(new Date('2026-03-31T21:00:00Z'))).toBe('2026-Q2')
    expect(quarterOf(new Date('2026-09-30T20:59:59Z'))).toBe('2026-Q3')
  })

  it('steps back and forth across years', () => {
    expect(quarterBefore('2027-Q1')).toBe('2026-Q4')
    expect(quarterBefore('2026-Q4', 4)).toBe('2025-Q4')
    expect(quarterBefore('2026-Q4', -1)).toBe('2027-Q1')
    expect(() => quarterBefore('2026-Q5')).toThrow(RangeError)
  })

  it('a quarter’s first Moscow day records the quarter just ended; any other day the current', () => {
    const newYear = new Date('2026-12-31T22:00:00Z') // 01:00, 1 January in Moscow
    expect(isFirstDayOfQuarter(newYear)).toBe(true)
    expect(snapshotQuarter(newYear)).toBe('2026-Q4')
    expect(isFirstDayOfQuarter(new Date('2026-12-31T20:00:00Z'))).toBe(false)
    expect(snapshotQuarter(new Date('2027-01-02T09:00:00+03:00'))).toBe('2027-Q1')
    expect(isFirstDayOfQuarter(new Date('2026-05-01T09:00:00+03:00'))).toBe(false)
    expect(snapshotQuarter(new Date('2026-07-01T23:59:00+03:00'))).toBe('2026-Q2')
  })

  it('reads in Russian', () => {
    expect(quarterTitle('2026-Q4')).toBe('IV кв. 2026')
    expect(quarterTitle('2027-Q1')).toBe('I кв. 2027')
  })
})

describe('trend shares', () => {
  const lights = (over: Partial<Record<IndicatorId, Light>>) =>
    Object.fromEntries(INDICATOR_IDS.map((id) => [id, over[id] ?? 'none'])) as Record<
      IndicatorId,
      Light
    >

  it('green among the orgs an indicator applies to, per quarter, oldest first', () => {
    const trend = trendShares(
      countLights([
        { quarter: '2026-Q4', lights: lights({ site: 'green', hotline: 'red' }) },
        { quarter: '2026-Q3', lights: lights({ site: 'red' }) },
        { quarter: '2026-Q4', lights: lights({ site: 'amber' }) },
        { quarter: '2026-Q4', lights: lights({ site: 'green' }) },
      ]),
    )
    expect(trend.site).toEqual([
      { quarter: '2026-Q3', green: 0, applies: 1, share: 0 },
      { quarter: '2026-Q4', green: 2, applies: 3, share: 2 / 3 },
    ])
    expect(trend.hotline).toEqual([
      { quarter: '2026-Q3', green: 0, applies: 0, share: null },
      { quarter: '2026-Q4', green: 0, applies: 1, share: 0 },
    ])
  })

  it('no stored quarter, no points', () => {
    expect(trendShares([]).news7).toEqual([])
  })
})

describe('the demo’s made-up history (pastLights)', () => {
  const today = Object.fromEntries(
    INDICATOR_IDS.map((id, i) => [id, (['green', 'green', 'red', 'none'] as const)[i % 4]]),
  ) as Record<IndicatorId, Light>
  const greens = (l: Record<IndicatorId, Light>) =>
    Object.values(l).filter((x) => x === 'green').length

  it('an improving org had fewer greens the further back; a worsening one more', () => {
    const improving = [1, 2, 3, 4].map((k) => greens(pastLights(today, 'improving', k, 'org-7')))
    expect(improving).toEqual([...improving].sort((a, b) => b - a))
    expect(improving[3]).toBeLessThan(greens(today))
    const worsening = [1, 2, 3, 4].map((k) => greens(pastLights(today, 'worsening', k, 'org-7')))
    expect(worsening).toEqual([...worsening].sort((a, b) => a - b))
    expect(worsening[3]).toBeGreaterThan(greens(today))
  })

  it('never invents an indicator that does not apply, and is the same on every seed', () => {
    const past = pastLights(today, 'steady', 3, 'org-9')
    for (const id of INDICATOR_IDS) expect(past[id] === 'none').toBe(today[id] === 'none')
    expect(pastLights(today, 'steady', 3, 'org-9')).toEqual(past)
    expect(unitHash('a')).toBeGreaterThanOrEqual(0)
    expect(unitHash('a')).toBeLessThan(1)
  })
})
