import { describe, expect, it } from 'vitest'
import { latencyStats, percentile } from '../../tools/load/latencyStats'

describe('latency percentiles (nearest rank)', () => {
  it('gives the smallest sample that the wanted share does not exceed', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1) // 1..100
    expect(percentile(sorted, 0.5)).toBe(50)
    expect(percentile(sorted, 0.95)).toBe(95)
    expect(percentile(sorted, 0.99)).toBe(99)
    expect(percentile(sorted, 1)).toBe(100)
  })

  it('lets one slow save in 30 show at p99 but not at p95', () => {
    const samples = [...Array.from({ length: 29 }, () => 100), 5000]
    expect(latencyStats(samples)).toEqual({ n: 30, p50: 100, p95: 100, p99: 5000, max: 5000 })
  })

  it('sorts the samples itself and handles one sample and none', () => {
    expect(latencyStats([300, 100, 200])).toEqual({ n: 3, p50: 200, p95: 300, p99: 300, max: 300 })
    expect(latencyStats([7])).toEqual({ n: 1, p50: 7, p95: 7, p99: 7, max: 7 })
    const empty = latencyStats([])
    expect(empty.n).toBe(0)
    expect(empty.p95).toBeNaN()
  })
})
