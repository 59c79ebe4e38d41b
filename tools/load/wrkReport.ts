export interface WrkReport {
  requests: number
  seconds: number
  requestsPerSecond: number
  /** From `--latency`'s distribution, in milliseconds. */
  latencyMs: { p50: number; p75: number; p90: number; p99: number }
  /** "Non-2xx or 3xx responses" (0 when wrk does not print the line). */
  non2xx3xx: number
  socketErrors: { connect: number; read: number; write: number; timeout: number }
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** wrk's durations: `812.00us`, `1.53ms`, `2.01s`, `1.00m`. */
export function wrkDurationMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text.trim())
  if (!match) throw new Error(`wrk: unreadable duration "${text}"`)
  return Number(match[1]) * UNIT_MS[match[2]!]!
}

function required(output: string, pattern: RegExp, what: string): RegExpExecArray {
  const match = pattern.exec(output)
  if (!match) throw new Error(`wrk output has no ${what}:\n${output.slice(-2000)}`)
  return match
}

/**
 * Reads the figures of `wrk --latency` output. A missing summary line is an error (wrk failed
 * or changed its format), never a silent zero; the two error lines are printed only when
 * non-zero, so their absence means none.
 */
export function parseWrkOutput(output: string): WrkReport {
  const done = required(output, /^\s*(\d+) requests in ([\d.]+\w+),/m, '"N requests in T" line')
  const rate = required(output, /^Requests\/sec:\s+([\d.]+)/m, '"Requests/sec" line')
  const at = (p: string) =>
    wrkDurationMs(required(output, new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm'), `${p}% latency`)[1]!)
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output)
  return {
    requests: Number(done[1]),
    seconds: wrkDurationMs(done[2]!) / 1000,
    requestsPerSecond: Number(rate[1]),
    latencyMs: { p50: at('50'), p75: at('75'), p90: at('90'), p99: at('99') },
    non2xx3xx: non2xx ? Number(non2xx[1]) : 0,
    socketErrors: {
      connect: Number(errors?.[1] ?? 0),
      read: Number(errors?.[2] ?? 0),
      write: Number(errors?.[3] ?? 0),
      timeout: Number(errors?.[4] ?? 0),
    },
  }
}

/** What makes a wrk run a failure: any error answer or socket error, or no request at all. */
export function wrkProblems(report: WrkReport): string[] {
  const problems: string[] = []
  if (report.requests === 0) problems.push('wrk made no request')
  if (report.non2xx3xx > 0) problems.push(`${report.non2xx3xx} non-2xx/3xx responses`)
  const e = report.socketErrors
  if (e.connect + e.read + e.write + e.timeout > 0)
    problems.push(
      `socket errors: connect ${e.connect}, read ${e.read}, write ${e.write}, timeout ${e.timeout}`,
    )
  return problems
}
