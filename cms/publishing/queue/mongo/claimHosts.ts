import type { OrgId } from '../../../../domain/org/orgGraph'
import type { ClaimedSite } from '../../../../domain/publishing/queueTypes'
import type { MongoModels } from './mongoModels'

/**
 * Leases up to `limit` hosts with work to do, one `findOneAndUpdate` each: atomic per document,
 * so two workers never lease the same host.
 */
export async function claimHosts(
  m: MongoModels,
  worker: string,
  limit: number,
  leaseMs: number,
): Promise<ClaimedSite[]> {
  const claimed: ClaimedSite[] = []
  for (let i = 0; i < limit; i++) {
    const at = new Date()
    const row = await m.builds
      .findOneAndUpdate(
        {
          $expr: { $gt: ['$requested', '$built'] },
          $and: [
            { $or: [{ leaseUntil: null }, { leaseUntil: { $lt: at } }] },
            { $or: [{ retryAfter: null }, { retryAfter: { $lte: at } }] },
          ],
        },
        [
          {
            $set: {
              leaseOwner: worker,
              leaseUntil: new Date(at.getTime() + leaseMs),
              claimedGen: '$requested',
              attempts: { $add: [{ $ifNull: ['$attempts', 0] }, 1] },
            },
          },
        ],
        { sort: { pendingSince: 1, _id: 1 }, new: true },
      )
      .lean()
    if (!row) break
    claimed.push({
      id: String(row._id),
      host: row.host,
      gen: row.claimedGen,
      attempts: row.attempts,
    })
  }
  return claimed
}

/** Extends the leases `worker` still holds; returns their ids. */
export async function renewHosts(
  m: MongoModels,
  worker: string,
  ids: readonly OrgId[],
  leaseMs: number,
): Promise<Set<string>> {
  const held = new Set<string>()
  for (const id of ids) {
    const row = await m.builds
      .findOneAndUpdate(
        { _id: id, leaseOwner: worker },
        { $set: { leaseUntil: new Date(Date.now() + leaseMs) } },
      )
      .lean()
    if (row) held.add(String(id))
  }
  return held
}
