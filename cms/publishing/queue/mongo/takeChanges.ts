import type { HostMark, StoredChange } from '../../../../domain/publishing/queueTypes'
import { decodeChange } from '../changeRows'
import { markHosts } from './markHosts'
import type { Model, MongoModels } from './mongoModels'

/**
 * Takes up to `limit` recorded changes exactly once: read, delete and mark their hosts in one
 * transaction (which needs a replica set, as Payload itself does).
 */
export async function takeChanges(
  m: MongoModels,
  limit: number,
  expand: (changes: StoredChange[]) => Promise<{ marks: HostMark[]; reason: string }>,
): Promise<number> {
  const session = await m.connection.startSession()
  try {
    let taken = 0
    await session.withTransaction(async () => {
      const rows = await m.changes.find({}, null, { session }).sort({ _id: 1 }).limit(limit).lean()
      if (rows.length === 0) return
      await m.changes.deleteMany({ _id: { $in: rows.map((r: Model) => r._id) } }, { session })
      const { marks, reason } = await expand(
        rows.map((r: Model) => decodeChange({ ...r, id: String(r._id) })),
      )
      await markHosts(m, marks, reason, session)
      taken = rows.length
    })
    return taken
  } finally {
    await session.endSession()
  }
}
