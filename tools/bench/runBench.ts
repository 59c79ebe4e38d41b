import { readDeveloperConfig } from '../../config'
import { adminRoutesBench } from './adminRoutesBench'
import { onBothDatabases, type Figures } from './onBothDatabases'
import { publishBench } from './publishBench'

const line = (label: string, f: Figures) =>
  console.log(`  ${label.padEnd(34)} p50 ${f.p50} ms  p95 ${f.p95} ms  p99 ${f.p99} ms`)

/**
 * `npm run bench [cms-feed|cms-syndication|form|publish|digest|monitoring|admin-routes]`: the
 * named benchmark, or the CMS ones and the form when none is named (the others only when named:
 * they take many minutes). Figures are printed.
 */
export async function runBench(only: string | undefined): Promise<void> {
  const knobs = readDeveloperConfig()
  if (!only || only === 'cms-feed') {
    const orgs = Number(knobs.BENCH_ORGS ?? 5000)
    const posts = knobs.BENCH_POSTS ?? 50000
    console.log(
      `\ncms-feed: ${orgs} orgs, ${posts} posts; 1,000 queries per figure after 50 warm-ups`,
    )
    onBothDatabases({ kind: 'feed', orgs, posts }, (r) => {
      console.log(`  cold start of the Local API: ${r.coldStart.toFixed(1)} s`)
      line('own posts, 20 newest:', r.own as Figures)
      line('org + ancestors, 20 newest:', r.withAncestors as Figures)
    })
  }
  if (!only || only === 'cms-syndication') {
    const orgs = Number(knobs.BENCH_ORGS ?? 10000)
    const posts = knobs.BENCH_POSTS ?? 200000
    console.log(
      `\ncms-syndication: ${orgs} orgs (ППО at depth 4), ${posts} posts; 500 feed queries after 30 warm-ups`,
    )
    onBothDatabases({ kind: 'syndication', orgs, posts }, (r) => {
      line('feed of a ППО (queryFeed, 20):', r.feed as Figures)
      line(`receivers of a federation post (${r.receivers}):`, r.reach as Figures)
    })
  }
  if (!only || only === 'form') {
    console.log(
      '\nform: POST /api/forms/inquiry over HTTP on 127.0.0.1, rate limits on, 8 at a time',
    )
    onBothDatabases({ kind: 'form', orgs: 40, posts: 1 }, (r) => {
      const row = (label: string, f: Figures) =>
        console.log(
          `  ${label.padEnd(34)} ${f.perSecond}/s  p50 ${f.p50} ms  p99 ${f.p99} ms  ${JSON.stringify(f.statuses)}`,
        )
      row('accepted one at a time (100):', r.serial as Figures)
      row('accepted, 8 at a time (600):', r.stored as Figures)
      row('flood from one address (1,000):', r.flood as Figures)
    })
  }
  if (only === 'digest') {
    const orgs = Number(knobs.BENCH_ORGS ?? 10000)
    const subscribers = knobs.BENCH_SUBSCRIBERS ?? 100000
    console.log(
      `\ndigest: ${subscribers} weekly subscriptions over the ППО of ${orgs} orgs, one digest per address to an SMTP sink on 127.0.0.1; seeded in one process, sent by the job's child process`,
    )
    // One moment for both processes: a run across Monday midnight still seeds and sends one week.
    const at = new Date().toISOString()
    const seed = { kind: 'digest-seed', orgs, posts: 1000, subscribers, at } as const
    onBothDatabases([seed, { ...seed, kind: 'digest-send' }], (r) => {
      const s = r.seed as Figures
      const f = r.digest as Figures
      console.log(
        `  seeding ${s.seconds!.toFixed(0)} s (${s.sites} sites); sending ${f.sent} digests in ${f.seconds!.toFixed(0)} s: ${f.perSecond!.toFixed(0)} messages/s, peak RSS of the sender ${f.peakRssMb!.toFixed(0)} MB`,
      )
    })
  }
  if (only === 'monitoring') {
    const orgs = Number(knobs.BENCH_ORGS ?? 10000)
    const posts = knobs.BENCH_POSTS ?? 100000
    console.log(
      `\nmonitoring: the federation's subtreeIndicators over ${orgs} orgs, ${posts} posts; 20 runs after 2 warm-ups`,
    )
    onBothDatabases({ kind: 'monitoring', orgs, posts }, (r) => {
      console.log(`  rows: ${String(r.rows)}`)
      line('subtreeIndicators (whole subtree):', r.indicators as Figures)
      line('first page (GET, roll-ups, view):', r.firstPage as Figures)
      line(`XLSX of every row (${Math.round(Number(r.xlsxBytes) / 1024)} KB):`, r.xlsx as Figures)
      line('CSV of every row:', r.csv as Figures)
      if (r.snapshot)
        line(
          `quarterly snapshot (${String(r.snapshotRows)} orgs, target < 60,000 ms):`,
          r.snapshot as Figures,
        )
      console.log(
        `  CPU time of the CMS process per run: first page ${String(r.cpuMs)} ms, XLSX ${String(r.xlsxCpuMs)} ms, CSV ${String(r.csvCpuMs)} ms`,
      )
      const families = Object.entries(r.families as Figures).map(([k, v]) => `${k} ${v}`)
      console.log(`  per facts family, p50 ms: ${families.join(', ')}`)
    })
  }
  if (only === 'publish') await publishBench()
  if (only === 'admin-routes') await adminRoutesBench()
}
