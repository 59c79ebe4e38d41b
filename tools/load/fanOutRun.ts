/**
 * Child process of `npm run test:load`, part 2, on the DATABASE_URI / DATA_DIR / SITES_DIR it is
 * given, with its options (fanOutRunOptions) as one JSON argument: a synthetic network of `orgs`
 * orgs, `workers` `scripts/worker.ts` processes, the admin on `adminPort` as `npm start` serves it
 * (`next start`), and an editor saving drafts over REST before and while a federation post is
 * published to every site.
 * Prints one RESULT line of JSON.
 */
import path from 'node:path'
import { configValue } from '../../config'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { bootPayload } from '../../cms/lib/bootPayload'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import { waitForIdleQueue } from '../bench/publishLatency'
import { buildPublishNetwork } from '../bench/publishNetwork'
import { startWorkerProcesses, type WorkerProcesses } from '../bench/workerProcesses'
import { ensureRendererBuild } from '../../publishing/render/rendererBuild'
import { readChildOptions } from '../lib/childOptions'
import { startLoadAdmin, type LoadAdmin } from './loadAdmin'
import { EditorSession } from './editorSaves'
import { createFanOutActors, publishFederationPost } from './fanOutActors'
import type { FanOutResult } from './fanOutResult'
import { fanOutRunOptions } from './fanOutRunOptions'
import { saveUntil } from './saveLoop'
import { sitesWithoutPost } from './sitesWithPost'

const options = readChildOptions(fanOutRunOptions, 'fanOutRun.ts')
const { orgs, pauseMs, baselineSaves, adminPort } = options
const workerCount = options.workers
const fanOutTimeoutMs = options.fanOutTimeoutS * 1000
const liveDir = path.resolve(configValue('SITES_DIR'))
// The parent (fanOutLoad.ts) always gives the run its own database: never the developer's.
const databaseUri = configValue('DATABASE_URI')
if (!databaseUri) throw new Error('fanOutRun.ts runs under `npm run test:load`, given DATABASE_URI')
const runStart = performance.now()
const secondsSince = (t: number) => Number(((performance.now() - t) / 1000).toFixed(1))
const seconds: Record<string, number> = {}
const step = async <T>(name: string, label: string, work: () => Promise<T>): Promise<T> => {
  const t = performance.now()
  const value = await work()
  seconds[name] = secondsSince(t)
  console.log(`  ${label} in ${seconds[name]} s`)
  return value
}

let workers: WorkerProcesses | undefined
let admin: LoadAdmin | undefined
// Stopped from outside (Ctrl+C, the parent's timeout): the admin and the workers end with us.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    const cleanUp = Promise.all([admin?.stop(), workers?.stop()])
    const limit = new Promise((r) => setTimeout(r, 20_000))
    void Promise.race([cleanUp, limit]).finally(() => process.exit(1))
  })
}
const payload = await bootPayload()
try {
  const childEnv = {
    DATABASE_URI: databaseUri,
    DATA_DIR: configValue('DATA_DIR'),
    SITES_DIR: liveDir,
    LOG_LEVEL: 'warn',
  }
  // The admin first: a build it may need fails the run before minutes of set-up.
  admin = await step('admin', 'admin (next start, production build) answering', () =>
    startLoadAdmin(adminPort, childEnv, 900_000),
  )
  const network = await step('network', `${orgs} orgs built (Local API + bulk posts)`, () =>
    buildPublishNetwork(payload, orgs),
  )
  const actors = await createFanOutActors(payload, network)
  // Built here once, so that a broken site build fails with its own message, not a worker's exit.
  await step('renderer', 'site renderer ready', () => ensureRendererBuild())
  workers = await step('workers', `${workerCount} worker process(es) started`, () =>
    startWorkerProcesses(workerCount, childEnv),
  )
  const session = new EditorSession(admin.apiUrl, actors.postId)
  const warm = await step('warmUp', 'editor logged in, 3 warm-up saves (compile)', async () => {
    await session.login(actors.editor.email, actors.editor.password)
    const run = await saveUntil(session, {
      label: 'Прогрев',
      pauseMs,
      maxMs: 600_000,
      maxSaves: 3,
      runStart,
    })
    // The editor's own post, published at set-up, is built before anything is measured.
    await waitForIdleQueue(payload, 300_000)
    return run.samples
  })
  const baseline = await step('baseline', `${baselineSaves} baseline saves (queue idle)`, () =>
    saveUntil(session, {
      label: 'Замер без нагрузки',
      pauseMs,
      maxMs: 300_000,
      maxSaves: baselineSaves,
      runStart,
    }),
  )
  const queue = openQueue(payload)
  const slug = `rassylka-${Date.now().toString(36)}`
  const title = `Новость федерации для всех сайтов ${slug}`
  const fanOutStart = performance.now()
  let fanOutSeconds = NaN
  await publishFederationPost(payload, actors, network.federation, slug, title)
  const during = await step('fanOut', 'saves during the fan-out', () =>
    saveUntil(session, {
      label: 'Замер во время рассылки',
      pauseMs,
      maxMs: fanOutTimeoutMs,
      maxSaves: 100_000,
      checkEveryMs: 1000,
      runStart,
      done: async () => {
        const { hosts, changes } = await queue.backlog()
        if (hosts > 0 || changes > 0) return false
        fanOutSeconds = secondsSince(fanOutStart)
        return true
      },
    }),
  )
  // A fan-out slower than the timeout is waited for once more (the saves have stopped), so that
  // a slow machine gives a figure; the saves' own changes (if any) are built too.
  const drained = await waitForIdleQueue(payload, during.finished ? 120_000 : fanOutTimeoutMs).then(
    () => true,
    () => false,
  )
  if (!during.finished && drained) fanOutSeconds = secondsSince(fanOutStart)
  const stored = await payload.findByID({
    collection: 'posts',
    id: actors.postId,
    draft: true,
    depth: 0,
  })
  const lastOk = [...session.samples].reverse().find((s) => s.status >= 200 && s.status < 300)
  const directory = await OrgDirectory.load(payload)
  const missing = sitesWithoutPost(liveDir, directory, slug, title)
  const result: FanOutResult = {
    orgs,
    workers: workerCount,
    sites: directory.orgs.size,
    seconds: { ...seconds, adminReady: admin.readySeconds },
    fanOutSeconds: Number.isFinite(fanOutSeconds) ? fanOutSeconds : null,
    savesCoveredFanOut: during.finished,
    warmUpMs: warm.map((s) => s.ms),
    baseline: baseline.samples,
    during: during.samples,
    lastTitleSaved: lastOk?.title ?? null,
    lastTitleStored: (stored as { title?: string }).title ?? null,
    sitesMissingPost: missing.length,
    missingExamples: missing.slice(0, 10),
    workerPeakMb: workers.peakRssMb(),
    totalSeconds: secondsSince(runStart),
  }
  console.log(`RESULT ${JSON.stringify(result)}`)
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  if (admin) console.error(`admin log:\n${admin.log().slice(-3000)}`)
  process.exitCode = 1
} finally {
  await admin?.stop()
  await workers?.stop()
  await payload.destroy()
}
process.exit()
