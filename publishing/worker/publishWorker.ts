import { hostname } from 'node:os'
import type { Payload } from 'payload'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { expandChanges } from '../expand/expandChanges'
import { markStaleSites } from '../expand/markStaleSites'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import type { ClaimedSite, SiteBuildQueue } from '../../domain/publishing/queueTypes'
import { BatchPublisher } from './batchPublisher'
import { sharedFileWriter } from '../release/files/fileWriter'
import type { BuildStep } from '../render/hostBuild'
import { keepPoolAlive } from '../../cms/db/keepPoolAlive'
import { OutageLog } from './outageLog'
import { publishFailureMessage } from './publishFailure'
import { recordLiveSites } from '../release/recordLiveSites'
import { emptyTrash, trashSize, type ReleaseDirs } from '../release/releases'
import { renderStep } from '../render/renderHosts'
import { sweepScratch } from '../release/sweepScratch'

export interface WorkerOptions {
  dirs: ReleaseDirs
  /** Scratch space for batches (same file system as `dirs.releases`: releases are renamed in). */
  workDir: string
  /** Hosts claimed at once (one lease, one org read, one round of snapshot queries). */
  batchSize?: number
  /** A worker that stops renewing (killed, hung) loses its hosts to others after this long. */
  leaseMs?: number
  pollMs?: number
  /**
   * How long the queue must have been idle before retired releases are deleted (default 10 s):
   * a second federation post right after the first should not meet the first one's deletions.
   */
  tidyAfterMs?: number
  /** Retry delay after a failed build: grows with the attempts, up to 10 minutes. */
  retryMs?: number
  /** Longest wait between rounds while the database is unreachable (default 10 s). */
  maxBackoffMs?: number
  id?: string
  log?: (line: string) => void
  /** Log every step of a batch, not only its outcome. */
  verbose?: boolean
  /** The build step (default: fresh snapshots through the long-lived renderer; tests may swap in a lighter one). */
  build?: BuildStep
  /** Called after each site went live (for latency measurements and tests). */
  onPublished?: (site: ClaimedSite) => void
  /** Called when a site's release was swapped in (before its row is completed; for tests). */
  onSwapped?: (host: string, gen: number) => void
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

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

/**
 * One publishing worker: expands recorded changes into host marks, leases a batch of hosts,
 * builds them in one astro build and swaps each in atomically. Any number of workers may share
 * a database; a killed one's hosts return to the queue when its lease runs out.
 */
export class PublishWorker {
  readonly id: string
  private readonly queue: SiteBuildQueue
  private stopping = false
  private busy = false
  /** When the last batch ended (performance.now()); undefined before the first. */
  private lastBusyAt: number | undefined
  private swept = false

  constructor(
    private readonly payload: Payload,
    private readonly options: WorkerOptions,
  ) {
    this.id = options.id ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 6)}`
    this.queue = openQueue(payload)
    keepPoolAlive(payload.db)
  }

  private get leaseMs() {
    return this.options.leaseMs ?? 120_000
  }

  /**
   * The organizations, checked once per round (two indexed reads) and read again only when they
   * changed: at 10,000 orgs a read costs seconds. Changes to the orgs themselves always read them
   * afresh.
   */
  private directory: Promise<OrgDirectory> | undefined
  private kept: { signature: string; directory: Promise<OrgDirectory> } | undefined
  private readonly loadDirectory = () => (this.directory ??= this.currentDirectory())
  private readonly reloadDirectory = () => (this.directory = this.currentDirectory(true))

  private async currentDirectory(fresh = false): Promise<OrgDirectory> {
    const signature = await OrgDirectory.signature(this.payload)
    if (fresh || this.kept?.signature !== signature) {
      this.kept = { signature, directory: OrgDirectory.load(this.payload) }
      this.kept.directory.catch(() => (this.kept = undefined))
    }
    return this.kept.directory
  }

  private readonly files = sharedFileWriter()

  /** The renderer is built and imported once per worker (and per version of the site's code). */
  private readonly defaultBuild = renderStep()

  /**
   * Opens the renderer and reads the orgs before the first claim, so the first publish after a
   * start is as fast as the others (a cold worker spends 2–4 s on these at 10,000 orgs). Sites
   * rendered by older site code (a deploy of templates or themes) are marked for a rebuild.
   * Returns how many were.
   */
  async warmUp(): Promise<number> {
    await this.currentDirectory()
    if (this.options.build) return 0
    return markStaleSites(this.payload, await this.defaultBuild.warmUp())
  }

  /** Turns every recorded change into host marks; returns how many changes it took. */
  async expand(): Promise<number> {
    let total = 0
    for (;;) {
      const taken = await this.queue.takeChanges(500, (changes) =>
        expandChanges(
          this.payload,
          changes,
          changes.some((c) => c.change.kind === 'identity' || c.change.kind === 'everything')
            ? this.reloadDirectory
            : this.loadDirectory,
        ),
      )
      total += taken
      if (taken === 0) return total
    }
  }

  /** One round: expand, claim, build, publish. Returns null when there was nothing to do. */
  async runOnce(): Promise<BatchReport | null> {
    this.directory = undefined
    if (!this.swept) sweepScratch(this.options.workDir, 2 * this.leaseMs)
    this.swept = true
    await this.expand()
    const leased = await this.queue.claim(this.id, this.options.batchSize ?? 500, this.leaseMs)
    if (leased.length === 0) return null
    const recorded = await recordLiveSites(this.queue, this.id, this.options, leased)
    const claimed = leased.filter((site) => !recorded.has(site))
    if (claimed.length === 0) return onlyRecorded(leased.length, recorded)
    this.busy = true
    const started = performance.now()
    const renew = setInterval(
      () => {
        void this.queue
          .renew(
            this.id,
            claimed.map((c) => c.id),
            this.leaseMs,
          )
          .catch(() => {})
      },
      Math.max(1000, this.leaseMs / 3),
    )
    const publisher = new BatchPublisher(
      {
        queue: this.queue,
        worker: this.id,
        leaseMs: this.leaseMs,
        dirs: this.options.dirs,
        files: this.files,
        retryDelay: (site) => this.retryDelay(site),
        onPublished: this.options.onPublished,
        onSwapped: this.options.onSwapped,
      },
      claimed,
    )
    try {
      const build = this.options.build ?? this.defaultBuild
      const batch = await build(
        this.payload,
        claimed.map((c) => c.host),
        {
          workDir: this.options.workDir,
          dirs: this.options.dirs,
          loadDirectory: this.loadDirectory,
          progress: this.options.verbose
            ? (line) => (this.options.log ?? console.log)(`[worker ${this.id}] ${line}`)
            : undefined,
          files: this.files,
          built: (i, result, builtWith) => publisher.add(i, result, builtWith),
        },
      )
      const publishing = performance.now()
      const report = await publisher.finish(batch)
      const publishSeconds = (performance.now() - publishing) / 1000
      // Left over: folders of failed hosts. Removed while the next batch renders.
      void this.files.remove(batch.scratch).catch(() => {})
      // Deleted when the queue is idle; under load without a pause, once it holds too much.
      if (trashSize(this.options.dirs) > TRASH_LIMIT) void emptyTrash(this.options.dirs)
      return {
        ...report,
        published: [...[...recorded].map((s) => s.host), ...report.published],
        claimed: leased.length,
        pages: batch.pages,
        rendered: batch.rendered ?? batch.pages,
        seconds: (performance.now() - started) / 1000,
        publishSeconds,
      }
    } catch (error) {
      // Hosts already live stay live (their rows are completed; failing them changes nothing).
      await publisher.drain()
      // A batch that died half-way (disk full) leaves its scratch folder: swept once it is old.
      sweepScratch(this.options.workDir, 2 * this.leaseMs)
      const message = publishFailureMessage(error, 'Сборка не удалась')
      for (const site of claimed)
        await this.queue.fail(this.id, site, message, this.retryDelay(site))
      throw error
    } finally {
      clearInterval(renew)
      this.busy = false
      this.lastBusyAt = performance.now()
    }
  }

  /**
   * Deletes the releases retired by earlier batches, until the next batch is claimed: on a slow
   * disk deleting a release's few dozen entries costs more than building it.
   */
  tidy(): Promise<void> {
    return emptyTrash(this.options.dirs, () => !this.busy && !this.stopping)
  }

  private retryDelay(site: ClaimedSite): number {
    return Math.min((this.options.retryMs ?? 5_000) * 2 ** Math.max(0, site.attempts - 1), 600_000)
  }

  /**
   * Runs until stop(): polls for work, logs each batch. A failed round (database unreachable,
   * disk gone) is retried with a growing pause and few log lines, so the worker rides out an
   * outage by itself; sites it held return to the queue when its leases run out.
   */
  async run(): Promise<void> {
    const log = this.options.log ?? ((line: string) => console.log(line))
    const pollMs = this.options.pollMs ?? 500
    const outage = new OutageLog(pollMs, this.options.maxBackoffMs ?? 10_000)
    while (!this.stopping) {
      let pauseMs = pollMs
      try {
        const report = await this.runOnce()
        const recovered = outage.succeeded()
        if (recovered) log(`[worker ${this.id}] ${recovered}`)
        if (report) {
          log(
            `[worker ${this.id}] published ${report.published.length} site(s)` +
              `${report.failed.length ? `, ${report.failed.length} failed` : ''} in ${report.seconds.toFixed(1)} s (publishing ${report.publishSeconds.toFixed(1)} s)`,
          )
          continue
        }
      } catch (error) {
        const step = outage.failed(error)
        if (step.line) log(`[worker ${this.id}] ${step.line}`)
        pauseMs = step.delayMs
      }
      const idleMs = performance.now() - (this.lastBusyAt ?? -Infinity)
      if (idleMs >= (this.options.tidyAfterMs ?? 10_000)) void this.tidy()
      await sleep(pauseMs)
    }
  }

  stop(): void {
    this.stopping = true
  }
}
