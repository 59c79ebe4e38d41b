import { existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { exportSnapshots } from '../../publishing/snapshot/exportSnapshots'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import { hostMarks } from '../../cms/publishing/siteHosts'
import type { BatchBuild } from '../../publishing/render/buildStep'
import type { PublishWorker } from '../../publishing/worker/publishWorker'
import { runAstroBuild } from '../../publishing/render/astroBuild'
import { waitForIdleQueue } from './publishLatency'
import { startWorkerProcesses } from './workerProcesses'

const secondsSince = (t: number) => (performance.now() - t) / 1000
/** Peak RSS of this process so far (the Node side: Local API, snapshot export, queue). */
export const nodePeakMb = () => Math.round(process.resourceUsage().maxRSS / 1024)

/**
 * The two halves of a full build without the pipeline around them: every snapshot exported
 * (exportSnapshots), then ONE astro build of them all, each timed on its own.
 */
export async function plainBuild(payload: Payload, root: string) {
  const snapshots = path.join(root, 'snapshots')
  let t = performance.now()
  const exported = await exportSnapshots(payload, snapshots)
  const exportSeconds = secondsSince(t)
  console.log(
    `  exported ${exported.sites} snapshots in ${exportSeconds.toFixed(1)} s ` +
      `(${((exportSeconds * 1000) / exported.sites).toFixed(1)} ms per snapshot)`,
  )
  const out = path.join(root, 'plain-out')
  t = performance.now()
  const build = await runAstroBuild({ snapshots, out })
  if (!build.ok) console.log(`  astro build FAILED: ${build.log.split('\n').slice(-8).join('\n')}`)
  console.log(
    `  astro build: ${build.pages} pages in ${build.seconds.toFixed(1)} s = ` +
      `${(build.pages / build.seconds).toFixed(0)} pages/s, peak RSS ${build.peakRssMb} MB`,
  )
  rmSync(out, { recursive: true, force: true })
  rmSync(snapshots, { recursive: true, force: true })
  return {
    exportSeconds,
    sites: exported.sites,
    buildSeconds: build.seconds,
    pages: build.pages,
    astroPeakMb: build.peakRssMb,
    nodePeakMb: nodePeakMb(),
  }
}

/**
 * A measured sample of a full build where the whole would take too long: every site is marked
 * as publishEverything marks them, then only `wanted` batches are built; the rest stays queued.
 * `batches` is the list the worker's build step appends to.
 */
export async function sampleBuild(
  worker: PublishWorker,
  payload: Payload,
  batches: BatchBuild[],
  wanted: number,
) {
  await worker.expand()
  const marks = hostMarks(await OrgDirectory.load(payload), null)
  await openQueue(payload).mark(marks, 'Полная пересборка')
  const first = batches.length
  const t = performance.now()
  for (let i = 0; i < wanted && (await worker.runOnce()); i++) {
    /* one batch per round, as publishEverything runs them */
  }
  const seconds = secondsSince(t)
  const sample = batches.slice(first)
  const pages = sample.reduce((sum, b) => sum + b.pages, 0)
  const sites = sample.reduce((sum, b) => sum + b.results.length, 0)
  console.log(
    `  ${sites} of ${marks.length} sites, ${pages} pages in ${seconds.toFixed(1)} s = ` +
      `${(pages / seconds).toFixed(0)} pages/s; all ${marks.length} at this rate: ` +
      `~${((seconds * marks.length) / sites / 60).toFixed(0)} min; this Node process ${nodePeakMb()} MB`,
  )
  return { sites, pages, seconds, of: marks.length, nodePeakMb: nodePeakMb() }
}

/**
 * A full rebuild by `count` worker processes, every page rendered (as after a deploy of new
 * templates, which changes every page key): the keys of the live releases are dropped, every
 * site is marked once the workers are up, and the clock runs until the queue is empty.
 */
export async function processFullBuild(
  payload: Payload,
  releases: string,
  count: number,
  env: Record<string, string>,
  timeoutMs: number,
) {
  const children = await startWorkerProcesses(count, env)
  try {
    for (const host of existsSync(releases) ? readdirSync(releases) : [])
      for (const file of readdirSync(path.join(releases, host)))
        if (file.endsWith('.keys.json')) rmSync(path.join(releases, host, file))
    const marks = hostMarks(await OrgDirectory.load(payload), null)
    const t = performance.now()
    await openQueue(payload).mark(marks, 'Полная пересборка')
    await waitForIdleQueue(payload, timeoutMs)
    const seconds = secondsSince(t)
    const { docs } = await payload.find({
      collection: 'site-builds',
      depth: 0,
      limit: 0,
      pagination: false,
      select: { lastPages: true },
    })
    const pages = docs.reduce((sum, d) => sum + (d.lastPages ?? 0), 0)
    const workerPeakMb = children.peakRssMb()
    console.log(
      `  ${marks.length} sites, ${pages} pages in ${seconds.toFixed(1)} s = ` +
        `${(pages / seconds).toFixed(0)} pages/s with ${count} worker processes; ` +
        `peak RSS ${workerPeakMb.join(' MB, ')} MB`,
    )
    return { sites: marks.length, pages, seconds, workerPeakMb }
  } finally {
    await children.stop()
  }
}
