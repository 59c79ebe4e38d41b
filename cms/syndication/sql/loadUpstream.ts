import { sql } from 'drizzle-orm'
import type { RunSql } from '../../db/rawSql'
import { sqlBool, sqlNumber } from '../../db/rawSql'
import { isOrgKind, type OrgKind } from '../../lib/orgKinds'
import type { OrgId } from '../../lib/orgGraph'
import { SUBTREE_DEPTH } from '../reach'
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
