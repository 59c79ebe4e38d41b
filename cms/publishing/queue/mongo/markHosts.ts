import type { HostMark } from '../../../../domain/publishing/queueTypes'
import type { MongoModels } from './mongoModels'

/** Raises each host's requested generation (one upsert per host, in one bulk write). */
export async function markHosts(
  m: MongoModels,
  marks: readonly HostMark[],
  reason: string,
  session?: unknown,
): Promise<void> {
  if (marks.length === 0) return
  const at = new Date()
  await m.builds.bulkWrite(
    marks.map((mark) => ({
      updateOne: {
        filter: { host: mark.host },
        update: {
          $inc: { requested: 1 },
          $set: {
            organization: mark.org,
            orgPath: mark.orgPath,
            lastReason: reason,
            retryAfter: null,
            updatedAt: at,
          },
          $setOnInsert: { built: 0, attempts: 0, createdAt: at },
          $min: { pendingSince: at },
        },
        upsert: true,
      },
    })),
    { session },
  )
}
