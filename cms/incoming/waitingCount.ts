import { sql, type SQL } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'
import type { OrgId } from '../../domain/org/orgGraph'
import { rawSql, sqlNumber, type SqlDb } from '../db/rawSql'
import { loadUpstream } from '../syndication/sql/loadUpstream'
import { admittedByName } from '../syndication/sql/namedReachSql'
import { inboxOrg, incomingItems } from './incomingItems'

/**
 * How many items wait for the org's review (the «Входящие» link's number): the inbox's rule —
 * arriving from above as the site's feed would bring them (an upstream org's post whose reach
 * covers the org, or a post an upstream org reposted to it), not the org's own, not mandatory,
 * neither accepted (nor reposted by the org) nor hidden — as ONE count in the database, not the
 * inbox's list. Every waiting item counts, also beyond the 200 newest the inbox lists. Same
 * access as the inbox (inboxOrg: the org's editors, a subtree's above it, platform admins). An
 * org that does not review has nothing waiting: no statement at all.
 */
export async function waitingCount(req: PayloadRequest, orgId: string): Promise<number> {
  const org = await inboxOrg(req, orgId)
  if (org.incomingPolicy !== 'review') return 0
  const db = await rawSql(req)
  // MongoDB: the inbox's own list (there it holds only what the site shows).
  if (!db) return (await incomingItems(req, orgId)).items.filter((i) => i.waiting).length
  return waitingCountSql(db, org.id)
}

/** Two statements: the org's upstream (loadUpstream), then one COUNT over per-origin branches. */
async function waitingCountSql(db: SqlDb, orgId: OrgId): Promise<number> {
  const context = await loadUpstream(db.run, orgId)
  if (!context || context.upstream.length === 0) return 0
  const receives = (t: string) => sql.raw(`${t}.receivers_${context.kind}`)
  const lineage = sql.join(
    [orgId, ...context.upstream.map((u) => u.id)].map((id) => sql`${id}`),
    sql`, `,
  )
  const reaches = (t: string) =>
    sql.join(
      context.upstream.map(
        (u) =>
          sql`(${sql.raw(t)}.organization_id = ${u.id} AND ${sql.raw(t)}.reach_depth >= ${u.distance})`,
      ),
      sql` OR `,
    )
  const waiting = sql`p._status = 'published' AND p.organization_id <> ${orgId}
    AND COALESCE(p.mandatory, false) = false
    AND NOT EXISTS (SELECT 1 FROM feed_decisions d WHERE d.organization_id = ${orgId}
      AND d.post_id = p.id AND d.action IN ('accept', 'hide'))
    AND NOT EXISTS (SELECT 1 FROM reposts s WHERE s.organization_id = ${orgId} AND s.post_id = p.id)`
  // One branch per origin, each an equality on posts' organization index (a single OR over the
  // origins made the planners scan; see feedSql); UNION keeps a post that arrives twice once.
  const branches: SQL[] = context.upstream.map(
    (u) => sql`SELECT p.id FROM posts p WHERE p.organization_id = ${u.id}
      AND p.reach_depth >= ${u.distance} AND ${receives('p')} = true
      AND ${admittedByName('posts', 'p', lineage)} AND ${waiting}`,
  )
  if (context.reposts)
    branches.push(sql`SELECT p.id FROM posts p WHERE p.id IN (SELECT r.post_id FROM reposts r
      WHERE ${receives('r')} = true AND (${reaches('r')})
        AND ${admittedByName('reposts', 'r', lineage)}) AND ${waiting}`)
  const [row] = await db.run(sql`SELECT COUNT(*) AS n FROM (${sql.join(branches, sql` UNION `)}) w`)
  return sqlNumber(row?.n)
}
