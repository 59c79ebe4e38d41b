import { and, asc, gt, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm'
import type { OrgId } from '../../../../domain/org/orgGraph'
import type { ClaimedSite } from '../../../../domain/publishing/queueTypes'
import { later, now, type SqlTables, type Table } from './sqlTables'

/** Rows a worker may take now: work to do, no live lease, not waiting for a retry. */
function claimable(t: Table, at: string): SQL {
  return and(
    gt(t.requested, t.built),
    or(isNull(t.leaseUntil), lt(t.leaseUntil, at)),
    or(isNull(t.retryAfter), lte(t.retryAfter, at)),
  )!
}

/**
 * Leases up to `limit` hosts whose requested generation is not live yet, in ONE statement:
 * `UPDATE … WHERE id IN (SELECT … LIMIT n) AND <still claimable> RETURNING`. On PostgreSQL the
 * inner select takes `FOR UPDATE SKIP LOCKED`, so concurrent workers pick disjoint rows; the
 * outer condition is re-checked on the locked row version. SQLite runs one writer at a time,
 * which makes the same statement atomic there.
 */
export async function claimHosts(
  { db, builds: t, postgres }: SqlTables,
  worker: string,
  limit: number,
  leaseMs: number,
): Promise<ClaimedSite[]> {
  const at = now()
  let pick = db
    .select({ id: t.id })
    .from(t)
    .where(claimable(t, at))
    .orderBy(asc(t.pendingSince), asc(t.id))
    .limit(limit)
  if (postgres) pick = pick.for('update', { skipLocked: true })
  const rows: Record<string, unknown>[] = await db
    .update(t)
    .set({
      leaseOwner: worker,
      leaseUntil: later(leaseMs),
      claimedGen: sql`${t.requested}`,
      attempts: sql`coalesce(${t.attempts}, 0) + 1`,
    })
    .where(and(inArray(t.id, pick), claimable(t, at)))
    .returning({ id: t.id, host: t.host, gen: t.claimedGen, attempts: t.attempts })
  return rows.map((r) => ({
    id: r.id as OrgId,
    host: String(r.host),
    gen: Number(r.gen),
    attempts: Number(r.attempts),
  }))
}
