import type { BuildStats, ClaimedSite } from '../../../../domain/publishing/queueTypes'
import type { MongoModels } from './mongoModels'

/**
 * The end of a lease that published the claimed generation: `built` only goes forward, and the
 * host stays pending when a newer generation was requested meanwhile. Only the lease holder may.
 */
export async function completeHost(
  m: MongoModels,
  worker: string,
  site: ClaimedSite,
  stats: BuildStats,
): Promise<boolean> {
  const at = new Date()
  const row = await m.builds
    .findOneAndUpdate({ _id: site.id, leaseOwner: worker }, [
      {
        $set: {
          built: { $max: ['$built', site.gen] },
          pendingSince: { $cond: [{ $gt: ['$requested', site.gen] }, '$pendingSince', null] },
          leaseOwner: null,
          leaseUntil: null,
          claimedGen: null,
          attempts: 0,
          retryAfter: null,
          publishedAt: at,
          lastPages: stats.pages,
          renderer: stats.renderer ?? null,
          lastDurationMs: Math.round(stats.durationMs),
          lastError: null,
          lastErrorAt: null,
          updatedAt: at,
        },
      },
    ])
    .lean()
  return row !== null
}

/** The end of a lease that failed: the host is retried after `retryMs`, the error kept for editors. */
export async function failHost(
  m: MongoModels,
  worker: string,
  site: ClaimedSite,
  message: string,
  retryMs: number,
): Promise<void> {
  const at = new Date()
  await m.builds.updateOne(
    { _id: site.id, leaseOwner: worker },
    {
      $set: {
        leaseOwner: null,
        leaseUntil: null,
        claimedGen: null,
        retryAfter: new Date(at.getTime() + retryMs),
        lastError: message,
        lastErrorAt: at,
        updatedAt: at,
      },
    },
  )
}
