import type { Payload } from 'payload'
import type { ClaimedSite, SiteBuildQueue } from '../../domain/publishing/queueTypes'
import { expandRecordedChanges } from '../expand/expandRecordedChanges'
import type { FileWriter } from '../release/files/fileWriter'
import { recordLiveSites } from '../release/recordLiveSites'
import { emptyTrash, trashSize } from '../release/releases'
import { sweepScratch } from '../release/sweepScratch'
import type { BatchBuild, BuildContext, BuildStep } from '../render/buildStep'
import { Rendering } from '../render/rendering'
import { BatchPublisher } from './batchPublisher'
import type { BusyTime } from './busyTime'
import { publishFailureMessage } from './publishFailure'
import { queueNewItemMail } from './queueNewItemMail'
import { renewLeases } from './renewLeases'
import type { RoundOrgs } from './roundOrgs'
import type { WorkerOptions } from './workerOptions'

/** What a round works with: the worker's queue, orgs, file threads and build step. */
export interface Round {
  payload: Payload
  queue: SiteBuildQueue
  worker: string
  leaseMs: number
  options: WorkerOptions
  orgs: RoundOrgs
  files: FileWriter
  build: BuildStep
  busy: BusyTime
  retryDelay: (site: ClaimedSite) => number
}

export interface BatchReport {
  claimed: number
  published: string[]
  failed: string[]
  /** Files of the batch's sites, and how many of them were rendered anew. */
  pages: number
  rendered: number
  seconds: number
  /** Of `seconds`: the swaps and queue updates left when the build ended. */
  publishSeconds: number
}

/** Retired releases a busy worker lets pile up before it deletes them anyway (~2 rounds of 10,000 sites). */
const TRASH_LIMIT = 25_000

/**
 * One round of a worker, its stages in the order they run: expand the recorded changes into
 * host marks, claim a batch of hosts under a lease, record those whose release is live already,
 * then render the others from fresh snapshots and release each host as soon as it is built.
 * Returns null when there was nothing to do.
 */
export async function publishRound(round: Round): Promise<BatchReport | null> {
  const { payload, queue, worker, leaseMs, options } = round
  round.orgs.newRound()
  await expandRecordedChanges(payload, queue, round.orgs)
  const leased = await queue.claim(worker, options.batchSize ?? 500, leaseMs)
  if (leased.length === 0) return null
  const recorded = await recordLiveSites(queue, worker, options, leased)
  const claimed = leased.filter((site) => !recorded.has(site))
  if (claimed.length === 0) return onlyRecorded(leased.length, recorded)
  round.busy.begin()
  const started = performance.now()
  const startedAt = new Date()
  const leases = renewLeases(queue, worker, claimed, leaseMs)
  const publisher = batchPublisher(round, claimed)
  try {
    const hosts = claimed.map((c) => c.host)
    const rendering = new Rendering(round.build(payload, hosts, buildContext(round)))
    for await (const built of rendering) publisher.add(built.index, built.result, built.builtWith)
    const publishing = performance.now()
    const report = await publisher.finish(rendering.batch)
    const publishSeconds = (performance.now() - publishing) / 1000
    tidyAfter(round, rendering.batch)
    await queueNewItemMail(payload, report.published, startedAt)
    return {
      ...report,
      published: [...[...recorded].map((s) => s.host), ...report.published],
      claimed: leased.length,
      pages: rendering.batch.pages,
      rendered: rendering.batch.rendered ?? rendering.batch.pages,
      seconds: (performance.now() - started) / 1000,
      publishSeconds,
    }
  } catch (error) {
    // Hosts already live stay live (their rows are completed; failing them changes nothing).
    await publisher.drain()
    // A batch that died half-way (disk full) leaves its scratch folder: swept once it is old.
    sweepScratch(options.workDir, 2 * leaseMs)
    const message = publishFailureMessage(error, 'Сборка не удалась')
    for (const site of claimed) await queue.fail(worker, site, message, round.retryDelay(site))
    throw error
  } finally {
    leases.stop()
    round.busy.end()
  }
}

/** The report of a round whose every site was live already (see recordLiveSites). */
const onlyRecorded = (claimed: number, recorded: Set<ClaimedSite>): BatchReport => ({
  claimed,
  published: [...recorded].map((s) => s.host),
  failed: [],
  pages: 0,
  rendered: 0,
  seconds: 0,
  publishSeconds: 0,
})

const buildContext = ({ options, orgs, files, worker }: Round): BuildContext => ({
  workDir: options.workDir,
  dirs: options.dirs,
  loadDirectory: orgs.load,
  progress: options.verbose
    ? (line) => (options.log ?? console.log)(`[worker ${worker}] ${line}`)
    : undefined,
  files,
})

const batchPublisher = (round: Round, claimed: readonly ClaimedSite[]) =>
  new BatchPublisher(
    {
      queue: round.queue,
      worker: round.worker,
      leaseMs: round.leaseMs,
      dirs: round.options.dirs,
      files: round.files,
      retryDelay: round.retryDelay,
      onPublished: round.options.onPublished,
      onSwapped: round.options.onSwapped,
    },
    claimed,
  )

function tidyAfter({ files, options }: Round, batch: BatchBuild) {
  // Left over: folders of failed hosts. Removed while the next batch renders.
  void files.remove(batch.scratch).catch(() => {})
  // Deleted when the queue is idle; under load without a pause, once it holds too much.
  if (trashSize(options.dirs) > TRASH_LIMIT) void emptyTrash(options.dirs)
}
