import { sql } from 'drizzle-orm'
import type { HostMark } from '../../../../domain/publishing/queueTypes'
import { now, type Db, type Table } from './sqlTables'

/** Rows per insert statement. */
const CHUNK = 500

/**
 * Asks for a new build of each host: its row is created, or its request counter raised (the
 * build generation a worker will claim). `db` is the connection or a transaction.
 */
export async function markHosts(
  db: Db,
  builds: Table,
  marks: readonly HostMark[],
  reason: string,
): Promise<void> {
  const t = builds
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
