import { loadavg } from 'node:os'
import type { FanOutResult } from './fanOutResult'
import type { FanOutVerdict } from './fanOutVerdict'
import type { LatencyStats } from './latencyStats'
import type { SitesLoadResult } from './sitesLoad'

export const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)}` : '—')
const row = (label: string, s: LatencyStats) =>
  `    ${label.padEnd(16)} ${String(s.n).padStart(5)} ${[s.p50, s.p95, s.p99, s.max]
    .map((x) => ms(x).padStart(7))
    .join('')}`

/** The figures of part 1, as they go into docs/PERFORMANCE.md. */
export function sitesSummary(r: SitesLoadResult, seconds: number): string[] {
  const w = r.wrk
  return [
    `Part 1 — demo sites under nginx (${r.hosts} hosts, ${r.urls} URLs, ${r.files} files published), ${seconds.toFixed(0)} s`,
    `    seed + publish ${r.seconds.seedAndPublish.toFixed(1)} s; wrk ${w.seconds.toFixed(1)} s: ` +
      `${w.requests} requests, ${Math.round(w.requestsPerSecond)} requests/s, ` +
      `latency p50 ${w.latencyMs.p50} ms, p99 ${w.latencyMs.p99} ms; ` +
      `non-2xx/3xx ${w.non2xx3xx}, socket errors ${Object.values(w.socketErrors).reduce((a, b) => a + b, 0)}`,
  ]
}

/** The figures of part 2 on one database. */
export function fanOutSummary(
  db: string,
  r: FanOutResult,
  v: FanOutVerdict,
  seconds: number,
): string[] {
  const fanOut =
    r.fanOutSeconds === null
      ? 'did NOT finish'
      : `${r.fanOutSeconds} s${r.savesCoveredFanOut ? '' : ' (longer than the timeout: the saves stopped before it ended)'}`
  const s = r.seconds
  return [
    `Part 2 — ${db}: ${r.sites} sites, ${r.workers} worker process(es); fan-out of the federation post ${fanOut}; ${seconds.toFixed(0)} s in all`,
    `    set-up: admin (next start) ${s.admin} s, network ${s.network} s, renderer ${s.renderer} s, workers ${s.workers} s, warm-up ${s.warmUp} s`,
    `    editor's draft saves (ms)     n    p50    p95    p99    max`,
    row('baseline', v.baseline),
    row('during fan-out', v.during),
    `    5xx or no answer: ${v.serverErrors}; last save read back: ${r.lastTitleStored === r.lastTitleSaved ? 'yes' : 'NO'}; ` +
      `sites without the post: ${r.sitesMissingPost}; worker peak RSS ${r.workerPeakMb.join(', ')} MB`,
    `    target p95 < 1 s during the fan-out: ${v.targetMet ? 'met' : 'NOT met'}`,
  ]
}
