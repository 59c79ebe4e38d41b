import { and, eq, inArray } from 'drizzle-orm'
import type { OrgId } from '../../../../domain/org/orgGraph'
import { later, type SqlTables } from './sqlTables'

/**
 * Extends the leases `worker` still holds; returns the ids it holds. The release stage renews
 * before each chunk and swaps in only the hosts returned: a worker that stalled past its lease
 * never publishes over the worker that took its hosts.
 */
export async function renewHosts(
  { db, builds: t }: SqlTables,
  worker: string,
  ids: readonly OrgId[],
  leaseMs: number,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows: { id: OrgId }[] = await db
    .update(t)
    .set({ leaseUntil: later(leaseMs) })
    .where(and(inArray(t.id, [...ids]), eq(t.leaseOwner, worker)))
    .returning({ id: t.id })
  return new Set(rows.map((r) => String(r.id)))
}
