import type { Payload } from 'payload'
import type { OrgId } from '../../../domain/org/orgGraph'
import type {
  BuildStats,
  ClaimedSite,
  HostMark,
  SiteBuildQueue,
  StoredChange,
} from '../../../domain/publishing/queueTypes'
import { claimHosts, renewHosts } from './mongo/claimHosts'
import { completeHost, failHost } from './mongo/completeHosts'
import { markHosts } from './mongo/markHosts'
import { mongoModels, type MongoModels } from './mongo/mongoModels'
import { takeChanges } from './mongo/takeChanges'

/**
 * The publishing queue on MongoDB, one file of ./mongo per concern as ./sql is for SQL: every
 * claim is one `findOneAndUpdate`, atomic per document, so workers never share a host; taking
 * changes runs in a transaction (a replica set, as Payload itself needs). Tested only when
 * TEST_MONGODB_URI is given.
 */
export class MongoQueue implements SiteBuildQueue {
  private readonly m: MongoModels

  constructor(payload: Payload) {
    this.m = mongoModels(payload)
  }

  mark(marks: readonly HostMark[], reason: string): Promise<void> {
    return markHosts(this.m, marks, reason)
  }

  takeChanges(
    limit: number,
    expand: (changes: StoredChange[]) => Promise<{ marks: HostMark[]; reason: string }>,
  ): Promise<number> {
    return takeChanges(this.m, limit, expand)
  }

  claim(worker: string, limit: number, leaseMs: number): Promise<ClaimedSite[]> {
    return claimHosts(this.m, worker, limit, leaseMs)
  }

  renew(worker: string, ids: readonly OrgId[], leaseMs: number): Promise<Set<string>> {
    return renewHosts(this.m, worker, ids, leaseMs)
  }

  complete(worker: string, site: ClaimedSite, stats: BuildStats): Promise<boolean> {
    return completeHost(this.m, worker, site, stats)
  }

  async completeMany(
    worker: string,
    done: readonly { site: ClaimedSite; stats: BuildStats }[],
  ): Promise<Set<string>> {
    const ok = await Promise.all(done.map((d) => this.complete(worker, d.site, d.stats)))
    return new Set(done.filter((_, i) => ok[i]).map((d) => String(d.site.id)))
  }

  async remove(worker: string, site: ClaimedSite): Promise<void> {
    await this.m.builds.deleteOne({ _id: site.id, leaseOwner: worker })
  }

  fail(worker: string, site: ClaimedSite, message: string, retryMs: number): Promise<void> {
    return failHost(this.m, worker, site, message, retryMs)
  }

  async backlog(): Promise<{ hosts: number; changes: number }> {
    const hosts = await this.m.builds.countDocuments({ $expr: { $gt: ['$requested', '$built'] } })
    const changes = await this.m.changes.countDocuments({})
    return { hosts, changes }
  }
}
