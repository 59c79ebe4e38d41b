import type { BuildStats, ClaimedSite, SiteBuildQueue } from '../../domain/publishing/queueTypes'
import type { FileWriter } from '../release/files/fileWriter'
import type { BatchBuild, BuiltWith, HostBuild } from '../render/buildStep'
import { publishFailureMessage } from './publishFailure'
import { addSharedAssets, unpublishHost, type ReleaseDirs } from '../release/releases'

/** Hosts swapped in per lease check; their queue rows are completed together. */
const CHUNK = 25

export interface PublisherContext {
  queue: SiteBuildQueue
  worker: string
  leaseMs: number
  dirs: ReleaseDirs
  files: FileWriter
  retryDelay: (site: ClaimedSite) => number
  onPublished?: (site: ClaimedSite) => void
  onSwapped?: (host: string, gen: number) => void
}

/**
 * Puts the hosts of one claimed batch live as they are built, a chunk at a time, while the
 * others still render: a site of a federation-wide batch goes live seconds after its pages are
 * written instead of after the whole batch. Before each chunk the leases are renewed, and only
 * hosts still held are swapped in: a worker that stalled past its lease never publishes over the
 * worker that took its hosts.
 */
export class BatchPublisher {
  readonly published: string[] = []
  readonly failed: string[] = []
  private readonly seen = new Set<number>()
  private waiting: number[] = []
  private readonly results: HostBuild[] = []
  private chain: Promise<void> = Promise.resolve()
  private error: unknown
  private assetsAdded = false
  private readonly started = performance.now()
  private with: BuiltWith = {}

  constructor(
    private readonly context: PublisherContext,
    private readonly claimed: readonly ClaimedSite[],
  ) {}

  /** A host of the batch is built (or failed, or is gone). */
  add(index: number, result: HostBuild, built: BuiltWith): void {
    if (this.seen.has(index)) return
    this.seen.add(index)
    this.with = built
    this.results[index] = result
    this.waiting.push(index)
    if (this.waiting.length >= CHUNK) this.flush()
  }

  /** Publishes whatever the build reported only at its end, then waits for every chunk. */
  async finish(batch: BatchBuild): Promise<{ published: string[]; failed: string[] }> {
    const built = { assets: batch.assets, renderer: batch.renderer }
    batch.results.forEach((result, i) => this.add(i, result, built))
    this.flush()
    await this.chain
    if (this.error) throw this.error
    return { published: this.published, failed: this.failed }
  }

  /** Waits for the chunks already started (after a failed build, before its hosts are failed). */
  async drain(): Promise<void> {
    await this.chain
  }

  private flush() {
    const chunk = this.waiting.splice(0)
    if (chunk.length === 0) return
    this.chain = this.chain
      .then(() => (this.error ? undefined : this.publishChunk(chunk)))
      .catch((error: unknown) => {
        this.error ??= error
      })
  }

  private async publishChunk(chunk: number[]) {
    const { queue, worker, leaseMs, dirs, files } = this.context
    const held = await queue.renew(
      worker,
      chunk.map((i) => this.claimed[i]!.id),
      leaseMs,
    )
    if (!this.assetsAdded && this.with.assets) {
      addSharedAssets(this.with.assets, dirs)
      this.assetsAdded = true
    }
    const done: { site: ClaimedSite; stats: BuildStats }[] = []
    await Promise.all(
      chunk.map(async (i) => {
        const site = this.claimed[i]!
        const result = this.results[i]!
        if (!held.has(String(site.id))) return
        if (result.status === 'failed') {
          await queue.fail(worker, site, result.error, this.context.retryDelay(site))
          this.failed.push(site.host)
          return
        }
        if (result.status === 'gone') {
          unpublishHost(dirs, site.host)
          await queue.remove(worker, site)
          this.published.push(site.host)
          return
        }
        let swapped: boolean
        try {
          swapped = await files.publish(dirs, site.host, result.dir, site.gen, result.keys)
        } catch (error) {
          // The swap did not happen (publishHost undoes a half-made release): the live site
          // stays as it was and the host is retried later, alone.
          const message = publishFailureMessage(error, 'Публикация сайта не удалась')
          await queue.fail(worker, site, message, this.context.retryDelay(site))
          this.failed.push(site.host)
          return
        }
        if (swapped) this.context.onSwapped?.(site.host, site.gen)
        const durationMs = performance.now() - this.started
        done.push({
          site,
          stats: { pages: result.pages, durationMs, renderer: this.with.renderer },
        })
        this.published.push(site.host)
      }),
    )
    // The sites are live; their rows are updated in one statement.
    const completed = await queue.completeMany(worker, done)
    for (const { site } of done)
      if (completed.has(String(site.id))) this.context.onPublished?.(site)
  }
}
