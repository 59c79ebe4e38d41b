import { gt, sql } from 'drizzle-orm'
import type { Payload } from 'payload'
import type { OrgId } from '../../../domain/org/orgGraph'
import type {
  BuildStats,
  ClaimedSite,
  HostMark,
  SiteBuildQueue,
  StoredChange,
} from '../../../domain/publishing/queueTypes'
import { claimHosts } from './sql/claimHosts'
import { completeHosts, failHost, removeHost } from './sql/completeHosts'
import { markHosts } from './sql/markHosts'
import { renewHosts } from './sql/renewHosts'
import { sqlTables, type SqlTables } from './sql/sqlTables'
import { takeChanges } from './sql/takeChanges'

/**
 * The publishing queue on SQLite and PostgreSQL, with SQL on Payload's own tables (site_builds,
 * publish_changes), one file of ./sql per concern: marking hosts, taking the recorded changes
 * (exactly once), claiming and renewing leases, and the ends of a lease (complete, remove, fail).
 */
export class SqlQueue implements SiteBuildQueue {
  private readonly tables: SqlTables

  constructor(payload: Payload) {
    this.tables = sqlTables(payload)
  }

  mark(marks: readonly HostMark[], reason: string): Promise<void> {
    return markHosts(this.tables.db, this.tables.builds, marks, reason)
  }

  takeChanges(
    limit: number,
    expand: (changes: StoredChange[]) => Promise<{ marks: HostMark[]; reason: string }>,
  ): Promise<number> {
    return takeChanges(this.tables, limit, expand)
  }

  claim(worker: string, limit: number, leaseMs: number): Promise<ClaimedSite[]> {
    return claimHosts(this.tables, worker, limit, leaseMs)
  }

  renew(worker: string, ids: readonly OrgId[], leaseMs: number): Promise<Set<string>> {
    return renewHosts(this.tables, worker, ids, leaseMs)
  }

  async complete(worker: string, site: ClaimedSite, stats: BuildStats): Promise<boolean> {
    return (await this.completeMany(worker, [{ site, stats }])).has(String(site.id))
  }

  completeMany(
    worker: string,
    done: readonly { site: ClaimedSite; stats: BuildStats }[],
  ): Promise<Set<string>> {
    return completeHosts(this.tables, worker, done)
  }

  remove(worker: string, site: ClaimedSite): Promise<void> {
    return removeHost(this.tables, worker, site)
  }

  fail(worker: string, site: ClaimedSite, message: string, retryMs: number): Promise<void> {
    return failHost(this.tables, worker, site, message, retryMs)
  }

  async backlog(): Promise<{ hosts: number; changes: number }> {
    const { db, builds: t, changes } = this.tables
    const [hosts] = await db
      .select({ n: sql<number>`count(*)` })
      .from(t)
      .where(gt(t.requested, t.built))
    const [waiting] = await db.select({ n: sql<number>`count(*)` }).from(changes)
    return { hosts: Number(hosts?.n ?? 0), changes: Number(waiting?.n ?? 0) }
  }
}
