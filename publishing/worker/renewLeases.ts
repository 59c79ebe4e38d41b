import type { ClaimedSite, SiteBuildQueue } from '../../domain/publishing/queueTypes'

/**
 * Keeps the leases of a claimed batch while it builds (renewed every third of a lease), until
 * `stop()`. A worker that is killed or hangs stops renewing, and its hosts return to the queue
 * for others when the lease runs out.
 */
export function renewLeases(
  queue: SiteBuildQueue,
  worker: string,
  claimed: readonly ClaimedSite[],
  leaseMs: number,
): { stop(): void } {
  const ids = claimed.map((c) => c.id)
  // A failed renewal is not fatal: the next one may pass, and each chunk's own renewal decides.
  const timer = setInterval(
    () => void queue.renew(worker, ids, leaseMs).catch(() => {}),
    Math.max(1000, leaseMs / 3),
  )
  return { stop: () => clearInterval(timer) }
}
