import type { ClaimedSite, SiteBuildQueue } from '../../domain/publishing/queueTypes'
import { liveGeneration, liveRelease, type ReleaseDirs } from './releases'

/**
 * Claimed sites whose generation is live already: the worker that swapped it in could not
 * record it (the database went away between the swap and the row update, or the worker was
 * killed there). Their rows are completed here instead of building and swapping the same
 * generation a second time. Returns the sites recorded (others lost their lease meanwhile).
 *
 * A live release of generation `gen` was built after `gen` was requested (claims take the
 * requested counter), so it already holds every change the row asks for.
 */
export async function recordLiveSites(
  queue: SiteBuildQueue,
  worker: string,
  options: { dirs: ReleaseDirs; onPublished?: (site: ClaimedSite) => void },
  claimed: readonly ClaimedSite[],
): Promise<Set<ClaimedSite>> {
  const live = claimed.filter((site) => liveGeneration(options.dirs, site.host) >= site.gen)
  if (live.length === 0) return new Set()
  const done = live.map((site) => ({
    site,
    stats: {
      pages: Object.keys(liveRelease(options.dirs, site.host)?.keys ?? {}).length,
      durationMs: 0,
    },
  }))
  const completed = await queue.completeMany(worker, done)
  const recorded = live.filter((site) => completed.has(String(site.id)))
  for (const site of recorded) options.onPublished?.(site)
  return new Set(recorded)
}
