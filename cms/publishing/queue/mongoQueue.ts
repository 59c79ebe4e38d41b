import type { Payload } from 'payload'
import type { OrgId } from '../../../domain/org/orgGraph'
import { decodeChange } from './changeRows'
import type {
  BuildStats,
  ClaimedSite,
  HostMark,
  SiteBuildQueue,
  StoredChange,
} from '../../../domain/publishing/queueTypes'

/* eslint-disable @typescript-eslint/no-explicit-any -- mongoose models of Payload's adapter */
type Model = any

/**
 * The publishing queue on MongoDB: every claim is one `findOneAndUpdate`, which is atomic per
 * document, so workers never share a row. Change expansion runs in a transaction, which needs a
 * replica set (as Payload itself does). Tested only when TEST_MONGODB_URI is given.
 */
export class MongoQueue implements SiteBuildQueue {
  private readonly builds: Model
  private readonly changes: Model
  private readonly connection: Model

  constructor(payload: Payload) {
    const adapter = payload.db as unknown as {
      collections: Record<string, Model>
      connection: Model
    }
    this.builds = adapter.collections['site-builds']
    this.changes = adapter.collections['publish-changes']
    this.connection = adapter.connection
  }

  async mark(marks: readonly HostMark[], reason: string, session?: unknown): Promise<void> {
    if (marks.length === 0) return
    const at = new Date()
    await this.builds.bulkWrite(
      marks.map((m) => ({
        updateOne: {
          filter: { host: m.host },
          update: {
            $inc: { requested: 1 },
            $set: {
              organization: m.org,
              orgPath: m.orgPath,
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

  async takeChanges(
    limit: number,
    expand: (changes: StoredChange[]) => Promise<{ marks: HostMark[]; reason: string }>,
  ): Promise<number> {
    const session = await this.connection.startSession()
    try {
      let taken = 0
      await session.withTransaction(async () => {
        const rows = await this.changes
          .find({}, null, { session })
          .sort({ _id: 1 })
          .limit(limit)
          .lean()
        if (rows.length === 0) return
        await this.changes.deleteMany({ _id: { $in: rows.map((r: Model) => r._id) } }, { session })
        const { marks, reason } = await expand(
          rows.map((r: Model) => decodeChange({ ...r, id: String(r._id) })),
        )
        await this.mark(marks, reason, session)
        taken = rows.length
      })
      return taken
    } finally {
      await session.endSession()
    }
  }

  async claim(worker: string, limit: number, leaseMs: number): Promise<ClaimedSite[]> {
    const claimed: ClaimedSite[] = []
    for (let i = 0; i < limit; i++) {
      const at = new Date()
      const row = await this.builds
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

  async renew(worker: string, ids: readonly OrgId[], leaseMs: number): Promise<Set<string>> {
    const held = new Set<string>()
    for (const id of ids) {
      const row = await this.builds
        .findOneAndUpdate(
          { _id: id, leaseOwner: worker },
          { $set: { leaseUntil: new Date(Date.now() + leaseMs) } },
        )
        .lean()
      if (row) held.add(String(id))
    }
    return held
  }

  async complete(worker: string, site: ClaimedSite, stats: BuildStats): Promise<boolean> {
    const at = new Date()
    const row = await this.builds
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

  async completeMany(
    worker: string,
    done: readonly { site: ClaimedSite; stats: BuildStats }[],
  ): Promise<Set<string>> {
    const ok = await Promise.all(done.map((d) => this.complete(worker, d.site, d.stats)))
    return new Set(done.filter((_, i) => ok[i]).map((d) => String(d.site.id)))
  }

  async remove(worker: string, site: ClaimedSite): Promise<void> {
    await this.builds.deleteOne({ _id: site.id, leaseOwner: worker })
  }

  async fail(worker: string, site: ClaimedSite, message: string, retryMs: number): Promise<void> {
    const at = new Date()
    await this.builds.updateOne(
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

  async backlog(): Promise<{ hosts: number; changes: number }> {
    const hosts = await this.builds.countDocuments({ $expr: { $gt: ['$requested', '$built'] } })
    const changes = await this.changes.countDocuments({})
    return { hosts, changes }
  }
}
