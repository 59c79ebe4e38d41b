/**
 * One database's run of the publishing benchmark, spawned by tools/bench/publishBench.ts with
 * DATABASE_URI and DATA_DIR set and its options (publishRunOptions: the org count, the phases)
 * as one JSON argument. The phases choose what to measure:
 *   full      every site through the real pipeline (publishEverything, one in-process worker)
 *   plain     the same snapshots exported by exportSnapshots, then ONE plain astro build
 *   latency1  publish-to-live of three posts with PublishWorker.run() in this process
 *   latency2  the same with BENCH_WORKERS (2) `scripts/worker.ts` processes instead
 *   full2     a full rebuild (every page rendered) by BENCH_WORKERS worker processes
 *   partial   every site marked as publishEverything does, but only BENCH_BATCHES batches built:
 *             a measured sample and an extrapolation where a full build takes too long
 * BENCH_CASES (default a,b,c,d; d is a second federation post, when every site has a previous
 * release that the publish retires) chooses the latency cases. Without `full`, nothing is live before
 * the latency phases, so each case builds its sites for the first time (every page rendered).
 * Prints figures as it goes and one RESULT line of JSON at the end.
 */
import { mkdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { configValue, readDeveloperConfig } from '../../config/index'
import { bootPayload } from '../../cms/lib/bootPayload'
import { dataDir } from '../../config/paths'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import type { BatchBuild } from '../../publishing/render/buildStep'
import { renderStep } from '../../publishing/render/renderHosts'
import { publishEverything } from '../../publishing/worker/publishEverything'
import { PublishWorker } from '../../publishing/worker/publishWorker'
import { startPreviewServer } from '../../serving/previewServer'
import { readChildOptions } from '../lib/childOptions'
import { withCpuProfile } from './cpuProfile'
import { nodePeakMb, plainBuild, processFullBuild, sampleBuild } from './buildPhases'
import { latencyCases, measureLatency, printLatency, waitForIdleQueue } from './publishLatency'
import type { Latency } from './publishLatency'
import { buildPublishNetwork } from './publishNetwork'
import { publishRunOptions } from './publishRunOptions'
import { startWorkerProcesses } from './workerProcesses'

const options = readChildOptions(publishRunOptions, 'publishRun.ts')
const orgs = options.orgs
const phases = new Set(options.phases)
// The developer's own knobs (BENCH_CASES, BENCH_WORKERS…) reach this run through config.
const knobs = readDeveloperConfig()
const caseNames = new Set(knobs.BENCH_CASES.split(','))
const workers = knobs.BENCH_WORKERS
const timeoutMs = knobs.BENCH_TIMEOUT_S * 1000
// publishBench.ts sets DATA_DIR and DATABASE_URI to a fresh temp folder for each run.
const root = dataDir()
const databaseUri = configValue('DATABASE_URI')!
const dirs = {
  live: path.join(root, 'sites'),
  releases: path.join(root, 'releases'),
}
const workDir = path.join(root, 'work')
const result: Record<string, unknown> = { orgs }

const secondsSince = (t: number) => (performance.now() - t) / 1000
const load = () =>
  `load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`
const phase = (title: string) => console.log(`  — ${title} (${load()})`)

let t = performance.now()
const payload = await bootPayload()
console.log(`  Local API started in ${secondsSince(t).toFixed(1)} s`)
t = performance.now()
const network = await buildPublishNetwork(payload, orgs)
result.generate = {
  seconds: secondsSince(t),
  posts: network.posts,
  pages: network.pages,
}
console.log(
  `  ${orgs} orgs (Local API), ${network.posts} posts and ${network.pages} pages (bulk) in ${secondsSince(t).toFixed(1)} s`,
)
mkdirSync(dirs.live, { recursive: true })
const server = await startPreviewServer({
  outDir: dirs.live,
  mediaDir: path.join(root, 'media'),
  port: 0,
})

const sourceParts = (batch: BatchBuild) => {
  const parts = batch.phases?.sourceParts
  return parts
    ? `orgs/pages/documents ${parts.rows.toFixed(1)}, feeds ${parts.feeds.toFixed(1)}, posts ${parts.posts.toFixed(1)}`
    : '?'
}

// Batches are recorded for the sample phase and the per-batch figures.
const batches: BatchBuild[] = []
const render = renderStep()
const worker = new PublishWorker(payload, {
  dirs,
  workDir,
  pollMs: 100,
  log: (line) => console.log(`    ${line.replace(/^\[worker [^\]]*\] /, '')}`),
  build: async function* (p, hosts, context) {
    const batch = yield* render(p, hosts, context)
    batches.push(batch)
    console.log(
      `    batch ${batches.length}: ${hosts.length} site(s), ${batch.pages} files ` +
        `(${batch.rendered} rendered) in ${batch.seconds.toFixed(1)} s: sources ` +
        `${batch.phases?.sourcesSeconds.toFixed(1)} s (${sourceParts(batch)}), validation ` +
        `${batch.phases?.validateSeconds.toFixed(1)} s, render and link ` +
        `${batch.phases?.renderSeconds.toFixed(1)} s`,
    )
    return batch
  },
})

// Full build through the real pipeline; it also puts every site live for the latency phases.
if (phases.has('full')) {
  phase('full build: publishEverything, one worker in this process')
  const full = await publishEverything(worker, payload)
  result.full = { ...full, batches: batches.length, nodePeakMb: nodePeakMb() }
  console.log(
    `  ${full.published} sites, ${full.pages} pages in ${full.seconds.toFixed(1)} s = ` +
      `${(full.pages / full.seconds).toFixed(0)} pages/s; ${batches.length} batch(es); ` +
      `${full.failed} failed`,
  )
  console.log(`  peak RSS of this Node process (worker, renderer, Local API): ${nodePeakMb()} MB`)
}

if (phases.has('plain')) {
  phase('plain: exportSnapshots, then one astro build of all snapshots')
  result.plain = await plainBuild(payload, root)
}

// The three cases: a ППО's own post, a territorial org's post to its subtree, a federation post.
// Timed: every batch and every expansion of changes loads it, so it is part of each latency.
t = performance.now()
const directory = await OrgDirectory.load(payload)
result.directorySeconds = secondsSince(t)
console.log(`  OrgDirectory.load of ${directory.orgs.size} orgs: ${secondsSince(t).toFixed(2)} s`)
const cases = latencyCases(directory, network)
const preview = { port: server.port, live: dirs.live }
async function measureAll(): Promise<Latency[]> {
  const figures: Latency[] = []
  for (const c of cases.filter((c) => caseNames.has(c.label[1]!))) {
    const latency = await measureLatency(payload, preview, c, timeoutMs)
    printLatency(latency)
    figures.push(latency)
    await waitForIdleQueue(payload, timeoutMs)
  }
  return figures
}

if (phases.has('latency1')) {
  phase('publish-to-live: PublishWorker.run() in this process (pollMs 100)')
  const running = worker.run()
  // BENCH_CPU_PROFILE=<file>: where the worker's time goes during these cases.
  result.latency1 = await withCpuProfile(knobs.BENCH_CPU_PROFILE, measureAll)
  worker.stop()
  await running
  result.latency1NodePeakMb = nodePeakMb()
}

if (phases.has('latency2')) {
  phase(`publish-to-live: ${workers} worker processes (scripts/worker.ts)`)
  const children = await startWorkerProcesses(workers, {
    DATABASE_URI: databaseUri,
    DATA_DIR: root,
    SITES_DIR: dirs.live,
    LOG_LEVEL: 'warn',
  })
  result.latency2 = await measureAll()
  result.workerPeakMb = children.peakRssMb()
  console.log(`  peak RSS of the worker processes: ${children.peakRssMb().join(' MB, ')} MB`)
  await children.stop()
}

if (phases.has('full2')) {
  phase(`full rebuild: ${workers} worker processes, every page rendered`)
  result.full2 = await processFullBuild(
    payload,
    dirs.releases,
    workers,
    {
      DATABASE_URI: databaseUri,
      DATA_DIR: root,
      SITES_DIR: dirs.live,
      LOG_LEVEL: 'warn',
    },
    timeoutMs,
  )
}

if (phases.has('partial')) {
  const wanted = knobs.BENCH_BATCHES
  phase(`sample of a full build: every site marked, ${wanted} batch(es) built`)
  result.partial = await sampleBuild(worker, payload, batches, wanted)
}

await server.close()
console.log(`RESULT ${JSON.stringify(result)}`)
await payload.destroy()
process.exit(0)
