import type { ClaimedSite } from '../../domain/publishing/queueTypes'
import type { ReleaseDirs } from '../release/releases'
import type { BuildStep } from '../render/buildStep'

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
