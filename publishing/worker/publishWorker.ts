import { hostname } from 'node:os'
import type { Payload } from 'payload'
import { keepPoolAlive } from '../../cms/db/keepPoolAlive'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import type { ClaimedSite } from '../../domain/publishing/queueTypes'
import { expandRecordedChanges } from '../expand/expandRecordedChanges'
import { markStaleSites } from '../expand/markStaleSites'
import { sharedFileWriter } from '../release/files/fileWriter'
import { emptyTrash } from '../release/releases'
import { sweepScratch } from '../release/sweepScratch'
import { renderStep } from '../render/renderHosts'
import { BusyTime } from './busyTime'
import { OutageLog } from './outageLog'
import { publishRound, type BatchReport, type Round } from './publishRound'
import { RoundOrgs } from './roundOrgs'
import type { WorkerOptions } from './workerOptions'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * One publishing worker: runs rounds (publishRound: expand, claim, render, release) until
 * stopped, and rides out outages. Any number of workers may share a database; a killed one's
 * hosts return to the queue when its lease runs out.
 */
export class PublishWorker {
  readonly id: string
  private stopping = false
  private swept = false
  private readonly round: Round
  /** The renderer is built and imported once per worker (and per version of the site's code). */
  private readonly defaultBuild = renderStep()

  constructor(payload: Payload, options: WorkerOptions) {
    this.id = options.id ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 6)}`
    keepPoolAlive(payload.db)
    const retryMs = options.retryMs ?? 5_000
    this.round = {
      payload,
      queue: openQueue(payload),
      worker: this.id,
      leaseMs: options.leaseMs ?? 120_000,
      options,
      orgs: new RoundOrgs(payload),
      files: sharedFileWriter(),
      build: options.build ?? this.defaultBuild,
      busy: new BusyTime(),
      // Grows with the attempts, up to 10 minutes.
      retryDelay: (site: ClaimedSite) =>
        Math.min(retryMs * 2 ** Math.max(0, site.attempts - 1), 600_000),
    }
  }

  /**
   * Opens the renderer and reads the orgs before the first claim, so the first publish after a
   * start is as fast as the others (a cold worker spends 2–4 s on these at 10,000 orgs). Sites
   * rendered by older site code (a deploy of templates or themes) are marked for a rebuild.
   * Returns how many were.
   */
  async warmUp(): Promise<number> {
    await this.round.orgs.read()
    if (this.round.options.build) return 0
    return markStaleSites(this.round.payload, await this.defaultBuild.warmUp())
  }

  /** Turns every recorded change into host marks; returns how many changes it took. */
  expand(): Promise<number> {
    const { payload, queue, orgs } = this.round
    return expandRecordedChanges(payload, queue, orgs)
  }

  /** One round (see publishRound). Returns null when there was nothing to do. */
  runOnce(): Promise<BatchReport | null> {
    // Scratch folders of a killed predecessor, once per worker.
    if (!this.swept) sweepScratch(this.round.options.workDir, 2 * this.round.leaseMs)
    this.swept = true
    return publishRound(this.round)
  }

  /**
   * Deletes the releases retired by earlier batches, until the next batch is claimed: on a slow
   * disk deleting a release's few dozen entries costs more than building it.
   */
  tidy(): Promise<void> {
    return emptyTrash(this.round.options.dirs, () => !this.round.busy.busy && !this.stopping)
  }

  /**
   * Runs until stop(): polls for work, logs each batch. A failed round (database unreachable,
   * disk gone) is retried with a growing pause and few log lines, so the worker rides out an
   * outage by itself; sites it held return to the queue when its leases run out.
   */
  async run(): Promise<void> {
    const { options } = this.round
    const log = options.log ?? ((line: string) => console.log(line))
    const pollMs = options.pollMs ?? 500
    const outage = new OutageLog(pollMs, options.maxBackoffMs ?? 10_000)
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
      if (this.round.busy.idleMs() >= (options.tidyAfterMs ?? 10_000)) void this.tidy()
      await sleep(pauseMs)
    }
  }

  stop(): void {
    this.stopping = true
  }
}
