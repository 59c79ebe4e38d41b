import { and, eq, inArray, sql } from 'drizzle-orm'
import type { OrgId } from '../../../../domain/org/orgGraph'
import type { BuildStats, ClaimedSite } from '../../../../domain/publishing/queueTypes'
import { later, now, type SqlTables } from './sqlTables'

/*
 * The ends of a lease. Each statement requires `lease_owner = worker`: a worker that lost its
 * lease (stalled, another took the host) changes nothing.
 */

/** Records published builds; returns the ids recorded (the others lost their lease). */
export async function completeHosts(
  { db, builds: t }: SqlTables,
  worker: string,
  done: readonly { site: ClaimedSite; stats: BuildStats }[],
): Promise<Set<string>> {
  if (done.length === 0) return new Set()
  // One statement for a chunk of sites: each column takes its value by id.
  const byId = (value: (d: (typeof done)[number]) => unknown, type: 'numeric' | 'text') =>
    sql`case ${t.id} ${sql.join(
      done.map((d) => sql`when ${d.site.id} then cast(${value(d)} as ${sql.raw(type)})`),
      sql` `,
    )} end`
  const gen = byId((d) => d.site.gen, 'numeric')
  const rows: { id: OrgId }[] = await db
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

/** Forgets a host that was taken offline (no org serves it any more). */
export async function removeHost(
  { db, builds: t }: SqlTables,
  worker: string,
  site: ClaimedSite,
): Promise<void> {
  await db.delete(t).where(and(eq(t.id, site.id), eq(t.leaseOwner, worker)))
}

/** Gives the host back with a Russian error message; it is retried after `retryMs`. */
export async function failHost(
  { db, builds: t }: SqlTables,
  worker: string,
  site: ClaimedSite,
  message: string,
  retryMs: number,
): Promise<void> {
  await db
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
