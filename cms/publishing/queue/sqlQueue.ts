import { and, asc, eq, gt, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm'
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

/* eslint-disable @typescript-eslint/no-explicit-any -- drizzle's SQLite and PostgreSQL builders
   share their shape but not their types; the queries below are valid in both dialects. */
type Db = any
type Table = any

const now = () => new Date().toISOString()
const later = (ms: number) => new Date(Date.now() + ms).toISOString()
const CHUNK = 500
/** Rolls back a SQLite take whose changes another worker took first. */
const TAKEN_ELSEWHERE = Symbol('taken elsewhere')

/**
 * The publishing queue on SQLite and PostgreSQL, with SQL on Payload's own tables (site_builds,
 * publish_changes). A claim is ONE statement: `UPDATE … WHERE id IN (SELECT … LIMIT n) AND
 * <still claimable> RETURNING`. On PostgreSQL the inner select takes `FOR UPDATE SKIP LOCKED`,
 * so concurrent workers pick disjoint rows; the outer condition is re-checked on the locked row
 * version. SQLite runs one writer at a time, which makes the same statement atomic there.
 */
export class SqlQueue implements SiteBuildQueue {
  private readonly db: Db
  private readonly builds: Table
  private readonly changes: Table
  private readonly postgres: boolean

  constructor(payload: Payload) {
    const adapter = payload.db as unknown as {
      drizzle: Db
      tables: Record<string, Table>
      name: string
    }
    this.db = adapter.drizzle
    this.builds = adapter.tables.site_builds
    this.changes = adapter.tables.publish_changes
    this.postgres = adapter.name === 'postgres'
  }

  async mark(marks: readonly HostMark[], reason: string): Promise<void> {
    await this.markWith(this.db, marks, reason)
  }

  private async markWith(db: Db, marks: readonly HostMark[], reason: string): Promise<void> {
    const t = this.builds
    const unique = [...new Map(marks.map((m) => [m.host, m])).values()]
    for (let start = 0; start < unique.length; start += CHUNK) {
      const rows = unique.slice(start, start + CHUNK).map((m) => ({
        host: m.host,
        organization: m.org,
        orgPath: m.orgPath,
        requested: 1,
        built: 0,
        attempts: 0,
        pendingSince: now(),
        lastReason: reason,
      }))
      await db
        .insert(t)
        .values(rows)
        .onConflictDoUpdate({
          target: t.host,
          set: {
            requested: sql`${t.requested} + 1`,
            organization: sql`excluded.${sql.identifier('organization_id')}`,
            orgPath: sql`excluded.${sql.identifier('org_path')}`,
            pendingSince: sql`coalesce(${t.pendingSince}, excluded.${sql.identifier('pending_since')})`,
            lastReason: reason,
            retryAfter: null,
            updatedAt: now(),
          },
        })
    }
  }

  async takeChanges(
    limit: number,
    expand: (changes: StoredChange[]) => Promise<{ marks: HostMark[]; reason: string }>,
  ): Promise<number> {
    const c = this.changes
    if (!this.postgres) return this.takeChangesSqlite(limit, expand)
    // PostgreSQL: the picked rows stay locked (SKIP LOCKED for other workers) while they are
    // expanded; editors append new rows meanwhile, which nothing here blocks.
    return this.db.transaction(async (tx: Db) => {
      const pick = tx
        .select({ id: c.id })
        .from(c)
        .orderBy(asc(c.id))
        .limit(limit)
        .for('update', { skipLocked: true })
      const rows: Record<string, unknown>[] = await tx
        .delete(c)
        .where(inArray(c.id, pick))
        .returning()
      if (rows.length === 0) return 0
      const { marks, reason } = await expand(rows.map(decodeChange))
      if (marks.length > 0) await this.markWith(tx, marks, reason)
      return rows.length
    })
  }

  /**
   * SQLite has one write lock for the whole file: a transaction open while the changes are
   * expanded (reads that take seconds at 10,000 orgs) would keep every editor waiting. So the
   * changes are read and expanded first, and only the delete and the marks are one short write
   * transaction. If another worker took some of them meanwhile, that transaction is undone and
   * the round starts again: each change is still expanded into marks exactly once.
   */
  private async takeChangesSqlite(
    limit: number,
    expand: (changes: StoredChange[]) => Promise<{ marks: HostMark[]; reason: string }>,
  ): Promise<number> {
    const c = this.changes
    for (;;) {
      const rows: Record<string, unknown>[] = await this.db
        .select()
        .from(c)
        .orderBy(asc(c.id))
        .limit(limit)
      if (rows.length === 0) return 0
      const { marks, reason } = await expand(rows.map(decodeChange))
      const ids = rows.map((r) => r.id)
      const taken = await this.db
        .transaction(async (tx: Db) => {
          const deleted: unknown[] = await tx
            .delete(c)
            .where(inArray(c.id, ids))
            .returning({ id: c.id })
          if (deleted.length !== ids.length) throw TAKEN_ELSEWHERE
          if (marks.length > 0) await this.markWith(tx, marks, reason)
          return deleted.length
        })
        .catch((error: unknown) => {
          if (error === TAKEN_ELSEWHERE) return 0
          throw error
        })
      if (taken > 0) return taken
    }
  }

  /** Rows a worker may take now: work to do, no live lease, not waiting for a retry. */
  private claimable(at: string): SQL {
    const t = this.builds
    return and(
      gt(t.requested, t.built),
      or(isNull(t.leaseUntil), lt(t.leaseUntil, at)),
      or(isNull(t.retryAfter), lte(t.retryAfter, at)),
    )!
  }

  async claim(worker: string, limit: number, leaseMs: number): Promise<ClaimedSite[]> {
    const t = this.builds
    const at = now()
    let pick = this.db
      .select({ id: t.id })
      .from(t)
      .where(this.claimable(at))
      .orderBy(asc(t.pendingSince), asc(t.id))
      .limit(limit)
    if (this.postgres) pick = pick.for('update', { skipLocked: true })
    const rows: Record<string, unknown>[] = await this.db
      .update(t)
      .set({
        leaseOwner: worker,
        leaseUntil: later(leaseMs),
        claimedGen: sql`${t.requested}`,
        attempts: sql`coalesce(${t.attempts}, 0) + 1`,
      })
      .where(and(inArray(t.id, pick), this.claimable(at)))
      .returning({ id: t.id, host: t.host, gen: t.claimedGen, attempts: t.attempts })
    return rows.map((r) => ({
      id: r.id as OrgId,
      host: String(r.host),
      gen: Number(r.gen),
      attempts: Number(r.attempts),
    }))
  }

  async renew(worker: string, ids: readonly OrgId[], leaseMs: number): Promise<Set<string>> {
    if (ids.length === 0) return new Set()
    const t = this.builds
    const rows: { id: OrgId }[] = await this.db
      .update(t)
      .set({ leaseUntil: later(leaseMs) })
      .where(and(inArray(t.id, [...ids]), eq(t.leaseOwner, worker)))
      .returning({ id: t.id })
    return new Set(rows.map((r) => String(r.id)))
  }

  async complete(worker: string, site: ClaimedSite, stats: BuildStats): Promise<boolean> {
    return (await this.completeMany(worker, [{ site, stats }])).has(String(site.id))
  }

  async completeMany(
    worker: string,
    done: readonly { site: ClaimedSite; stats: BuildStats }[],
  ): Promise<Set<string>> {
    if (done.length === 0) return new Set()
    const t = this.builds
    // One statement for a chunk of sites: each column takes its value by id.
    const byId = (value: (d: (typeof done)[number]) => unknown, type: 'numeric' | 'text') =>
      sql`case ${t.id} ${sql.join(
        done.map((d) => sql`when ${d.site.id} then cast(${value(d)} as ${sql.raw(type)})`),
        sql` `,
      )} end`
    const gen = byId((d) => d.site.gen, 'numeric')
    const rows: { id: OrgId }[] = await this.db
      .update(t)
      .set({
        built: sql`case when ${t.built} > ${gen} then ${t.built} else ${gen} end`,
        pendingSince: sql`case when ${t.requested} > ${gen} then ${t.pendingSince} else null end`,
        leaseOwner: null,
        leaseUntil: null,
        claimedGen: null,
        attempts: 0,
        retryAfter: null,
        publishedAt: now(),
        lastPages: byId((d) => d.stats.pages, 'numeric'),
        lastDurationMs: byId((d) => Math.round(d.stats.durationMs), 'numeric'),
        renderer: byId((d) => d.stats.renderer ?? null, 'text'),
        lastError: null,
        lastErrorAt: null,
        updatedAt: now(),
      })
      .where(
        and(
          inArray(
            t.id,
            done.map((d) => d.site.id),
          ),
          eq(t.leaseOwner, worker),
        ),
      )
      .returning({ id: t.id })
    return new Set(rows.map((r) => String(r.id)))
  }

  async remove(worker: string, site: ClaimedSite): Promise<void> {
    const t = this.builds
    await this.db.delete(t).where(and(eq(t.id, site.id), eq(t.leaseOwner, worker)))
  }

  async fail(worker: string, site: ClaimedSite, message: string, retryMs: number): Promise<void> {
    const t = this.builds
    await this.db
      .update(t)
      .set({
        leaseOwner: null,
        leaseUntil: null,
        claimedGen: null,
        retryAfter: later(retryMs),
        lastError: message,
        lastErrorAt: now(),
        updatedAt: now(),
      })
      .where(and(eq(t.id, site.id), eq(t.leaseOwner, worker)))
  }

  async backlog(): Promise<{ hosts: number; changes: number }> {
    const t = this.builds
    const [hosts] = await this.db
      .select({ n: sql<number>`count(*)` })
      .from(t)
      .where(gt(t.requested, t.built))
    const [changes] = await this.db.select({ n: sql<number>`count(*)` }).from(this.changes)
    return { hosts: Number(hosts?.n ?? 0), changes: Number(changes?.n ?? 0) }
  }
}
