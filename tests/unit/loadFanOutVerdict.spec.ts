import { describe, expect, it } from 'vitest'
import type { SaveSample } from '../../tools/load/editorSaves'
import type { FanOutResult } from '../../tools/load/fanOutResult'
import { judgeFanOut } from '../../tools/load/fanOutVerdict'

const save = (ms: number, n: number, status = 200, error?: string): SaveSample => ({
  ms,
  status,
  title: `сохранение ${n}`,
  at: n * 500,
  ...(error ? { error } : {}),
})

function run(overrides: Partial<FanOutResult> = {}): FanOutResult {
  const during = Array.from({ length: 40 }, (_, i) => save(100 + i, 31 + i))
  return {
    orgs: 10_000,
    workers: 1,
    sites: 10_000,
    seconds: {},
    fanOutSeconds: 60,
    savesCoveredFanOut: true,
    warmUpMs: [],
    baseline: Array.from({ length: 30 }, (_, i) => save(50, i + 1)),
    during,
    lastTitleSaved: 'сохранение 70',
    lastTitleStored: 'сохранение 70',
    sitesMissingPost: 0,
    missingExamples: [],
    workerPeakMb: [600],
    totalSeconds: 300,
    ...overrides,
  }
}

describe('the verdict on an editor saving during a fan-out', () => {
  it('passes a run where every save was stored and every site shows the post', () => {
    const verdict = judgeFanOut(run())
    expect(verdict.problems).toEqual([])
    expect(verdict.serverErrors).toBe(0)
    expect(verdict.during).toMatchObject({ n: 40, p50: 119, p95: 137, max: 139 })
    expect(verdict.targetMet).toBe(true)
  })

  it('fails on a refused or unanswered save and counts 5xx', () => {
    const during = [save(90, 31), save(30_000, 32, 500, 'database is locked'), save(60_000, 33, 0)]
    const verdict = judgeFanOut(run({ during }))
    expect(verdict.serverErrors).toBe(2)
    expect(verdict.problems).toEqual([
      'save "сохранение 32" answered 500: database is locked',
      'save "сохранение 33" answered nothing:',
    ])
    expect(verdict.targetMet).toBe(false)
  })

  it('fails when the last acknowledged save is not what the database holds', () => {
    const verdict = judgeFanOut(run({ lastTitleStored: 'сохранение 69' }))
    expect(verdict.problems).toEqual([
      'the last acknowledged save is not in the database: saved "сохранение 70", stored "сохранение 69"',
    ])
  })

  it('fails when sites lack the post or the queue never emptied', () => {
    const verdict = judgeFanOut(
      run({
        sitesMissingPost: 2,
        missingExamples: ['a.localhost', 'b.localhost'],
        fanOutSeconds: null,
      }),
    )
    expect(verdict.problems).toEqual([
      'the publishing queue did not empty within twice the timeout',
      '2 of 10000 sites do not show the federation post (a.localhost, b.localhost)',
    ])
  })

  it('accepts a fan-out that outlasted the saves but ended, with every site showing the post', () => {
    const verdict = judgeFanOut(run({ fanOutSeconds: 700, savesCoveredFanOut: false }))
    expect(verdict.problems).toEqual([])
  })

  it('reports a slow p95 as a missed target, not as a failure', () => {
    const during = Array.from({ length: 20 }, (_, i) => save(i < 18 ? 200 : 1500, 31 + i))
    const verdict = judgeFanOut(run({ during }))
    expect(verdict.problems).toEqual([])
    expect(verdict.during.p95).toBe(1500)
    expect(verdict.targetMet).toBe(false)
  })
})
