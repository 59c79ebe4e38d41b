import { sql } from 'drizzle-orm'
import type { RunSql, SqlRow } from '../../db/rawSql'
import { sqlBool, sqlNumber } from '../../db/rawSql'
import { isOrgKind, type OrgKind } from '../../../domain/org/orgKinds'
import type { OrgId } from '../../../domain/org/orgGraph'
import { SUBTREE_DEPTH } from '../../../domain/syndication/reach'
import { orgWalk } from './orgWalk'

export interface UpstreamOrg {
  id: OrgId
  /** Shortest distance along parent and membership edges (1 = parent or membership). */
  distance: number
}

/** Whether the reader has any decisions of a kind, and whether any repost can reach it. */
export interface ReaderFlags {
  hides: boolean
  pins: boolean
  reposts: boolean
}

export interface UpstreamContext extends ReaderFlags {
  kind: OrgKind
  policy: 'auto' | 'review'
  upstream: UpstreamOrg[]
}

/**
 * The reader's kind, policy and flags and every org above it with its distance, in one
 * statement. Orgs farther than SUBTREE_DEPTH cannot reach it: no reach goes deeper.
 */
export async function loadUpstream(run: RunSql, orgId: OrgId): Promise<UpstreamContext | null> {
  const decisions = (action: string) =>
    sql`EXISTS (SELECT 1 FROM feed_decisions d WHERE d.organization_id = ${orgId} AND d.action = ${action})`
  // The walk holds ids only: joining organizations to it made both planners scan the table.
  const rows = await run(sql`${orgWalk(orgId, 'up', SUBTREE_DEPTH)}
    SELECT w.id AS id, MIN(w.distance) AS distance,
      (SELECT o.kind FROM organizations o WHERE o.id = ${orgId}) AS kind,
      (SELECT o.incoming_policy FROM organizations o WHERE o.id = ${orgId}) AS policy,
      ${decisions('hide')} AS hides, ${decisions('pin')} AS pins,
      EXISTS (SELECT 1 FROM reposts r WHERE r.organization_id IN (SELECT id FROM walk)) AS reposts
    FROM walk w GROUP BY w.id`)
  const self = rows.find((r) => sqlNumber(r.distance) === 0)
  if (!self || !isOrgKind(String(self.kind))) return null
  return {
    kind: self.kind as OrgKind,
    policy: self.policy === 'review' ? 'review' : 'auto',
    hides: sqlBool(self.hides),
    pins: sqlBool(self.pins),
    reposts: sqlBool(self.reposts),
    upstream: rows
      .filter((r) => r !== self)
      .map((r) => ({ id: r.id as OrgId, distance: sqlNumber(r.distance) })),
  }
}

const idList = (ids: readonly OrgId[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )

/**
 * loadUpstream for many readers in three statements (their walks at once, their own flags, the
 * reposters among the orgs walked), for the publishing worker's batches of sites. Agrees with
 * loadUpstream reader by reader; the property tests compare the feeds built on either.
 */
export async function loadUpstreamMany(
  run: RunSql,
  orgIds: readonly OrgId[],
): Promise<Map<string, UpstreamContext | null>> {
  const out = new Map<string, UpstreamContext | null>(orgIds.map((id) => [String(id), null]))
  if (orgIds.length === 0) return out
  const walked = await run(sql`${orgWalk(orgIds, 'up', SUBTREE_DEPTH)}
    SELECT w.start AS start, w.id AS id, MIN(w.distance) AS distance
    FROM walk w GROUP BY w.start, w.id`)
  const decisions = (action: string) =>
    sql`EXISTS (SELECT 1 FROM feed_decisions d WHERE d.organization_id = o.id AND d.action = ${action})`
  const readers = await run(sql`SELECT o.id AS id, o.kind AS kind, o.incoming_policy AS policy,
      ${decisions('hide')} AS hides, ${decisions('pin')} AS pins
    FROM organizations o WHERE o.id IN (${idList(orgIds)})`)
  const ids = [...new Map(walked.map((r) => [String(r.id), r.id as OrgId])).values()]
  const reposters = new Set<string>()
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await run(sql`SELECT DISTINCT r.organization_id AS id FROM reposts r
      WHERE r.organization_id IN (${idList(ids.slice(i, i + 500))})`)
    for (const row of rows) reposters.add(String(row.id))
  }
  const walks = new Map<string, SqlRow[]>()
  for (const row of walked) {
    const start = String(row.start)
    const walk = walks.get(start)
    if (walk) walk.push(row)
    else walks.set(start, [row])
  }
  for (const reader of readers) {
    if (!isOrgKind(String(reader.kind))) continue
    const walk = walks.get(String(reader.id)) ?? []
    out.set(String(reader.id), {
      kind: reader.kind as OrgKind,
      policy: reader.policy === 'review' ? 'review' : 'auto',
      hides: sqlBool(reader.hides),
      pins: sqlBool(reader.pins),
      reposts: walk.some((r) => reposters.has(String(r.id))),
      upstream: walk
        .filter((r) => sqlNumber(r.distance) > 0)
        .map((r) => ({ id: r.id as OrgId, distance: sqlNumber(r.distance) })),
    })
  }
  return out
}
