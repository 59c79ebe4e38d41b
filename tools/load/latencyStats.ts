export interface LatencyStats {
  n: number
  p50: number
  p95: number
  p99: number
  max: number
}

/**
 * The nearest-rank percentile of already sorted samples: the smallest sample that at least
 * `q` of all samples do not exceed. With 30 saves, p95 is the 29th, so one slow save in 30 shows.
 */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN
  const rank = Math.ceil(q * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

/** n, p50, p95, p99 and max of latency samples (ms), in any order. */
export function latencyStats(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? NaN,
  }
}
