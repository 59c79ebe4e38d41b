import { describe, expect, it } from 'vitest'
import { parseWrkOutput, wrkDurationMs, wrkProblems } from '../../tools/load/wrkReport'

// wrk 4.1.0 (Debian) output of `wrk -t2 -c64 -d10s --latency -s rotate.lua URL`.
const CLEAN = `Running 10s test @ http://127.0.0.1:45201/
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    11.62ms   25.83ms 283.88ms   91.55%
    Req/Sec     7.66k     1.53k   11.46k    70.00%
  Latency Distribution
     50%  812.00us
     75%    5.64ms
     90%   22.55ms
     99%    1.34s
  153818 requests in 10.10s, 1.23GB read
Requests/sec:  15234.40
Transfer/sec:    124.79MB
`

const WITH_ERRORS = CLEAN.replace(
  '  153818 requests in 10.10s, 1.23GB read\n',
  '  153818 requests in 10.10s, 1.23GB read\n' +
    '  Socket errors: connect 0, read 3, write 1, timeout 12\n' +
    '  Non-2xx or 3xx responses: 5\n',
)

describe('the wrk output parser', () => {
  it('reads requests, requests/s and the latency distribution in milliseconds', () => {
    const report = parseWrkOutput(CLEAN)
    expect(report).toEqual({
      requests: 153818,
      seconds: 10.1,
      requestsPerSecond: 15234.4,
      latencyMs: { p50: 0.812, p75: 5.64, p90: 22.55, p99: 1340 },
      non2xx3xx: 0,
      socketErrors: { connect: 0, read: 0, write: 0, timeout: 0 },
    })
    expect(wrkProblems(report)).toEqual([])
  })

  it('reads the error lines wrk prints only when there are errors, and calls them problems', () => {
    const report = parseWrkOutput(WITH_ERRORS)
    expect(report.non2xx3xx).toBe(5)
    expect(report.socketErrors).toEqual({ connect: 0, read: 3, write: 1, timeout: 12 })
    expect(wrkProblems(report)).toEqual([
      '5 non-2xx/3xx responses',
      'socket errors: connect 0, read 3, write 1, timeout 12',
    ])
  })

  it('fails on output without the summary (wrk without --latency, or a failed run)', () => {
    expect(() => parseWrkOutput('unable to connect to 127.0.0.1:1 Connection refused')).toThrow(
      /no "N requests in T" line/,
    )
    const noLatency = CLEAN.replace(/ {2}Latency Distribution[\s\S]*?(?= {2}153818)/, '')
    expect(() => parseWrkOutput(noLatency)).toThrow(/no 50% latency/)
  })

  it('counts a run without requests as a problem', () => {
    const none = parseWrkOutput(CLEAN.replace('153818 requests', '0 requests'))
    expect(wrkProblems(none)).toEqual(['wrk made no request'])
  })

  it('converts every duration unit wrk prints', () => {
    expect(wrkDurationMs('250.00us')).toBe(0.25)
    expect(wrkDurationMs('3.5ms')).toBe(3.5)
    expect(wrkDurationMs('2.00s')).toBe(2000)
    expect(wrkDurationMs('1.50m')).toBe(90_000)
    expect(() => wrkDurationMs('fast')).toThrow(/unreadable duration/)
  })
})
