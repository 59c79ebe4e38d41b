import { sql } from 'drizzle-orm'
import { sqlNumber, type RunSql } from '../../db/rawSql'
import { ORG_KINDS, type OrgKind } from '../../../domain/org/orgKinds'
import type { OrgId } from '../../../domain/org/orgGraph'
import type { DownstreamOrg } from '../loadDownstream'
import type { Reach } from '../../../domain/syndication/types'
import { orgWalk } from './orgWalk'

/**
 * The orgs a reach from `from` arrives at, in one statement: a recursive walk down child and
 * membership edges to `reach.depth`, the shortest distance per org, then the reach's kinds;
 * each with its parent's name.
 * Ordered by distance, then name (the order the level-by-level walk gave).
 */
export async function downstreamSql(
  run: RunSql,
  from: OrgId,
  reach: Reach,
): Promise<DownstreamOrg[]> {
  if (reach.depth < 1 || reach.kinds.length === 0) return []
  const everyKind = ORG_KINDS.every((kind) => reach.kinds.includes(kind))
  const kinds = sql.join(
    reach.kinds.map((kind) => sql`${kind}`),
    sql`, `,
  )
  const rows = await run(sql`${orgWalk(from, 'down', reach.depth)}
    SELECT o.id AS id, o.name AS name, o.kind AS kind, o.incoming_policy AS policy,
      d.distance AS distance, p.name AS parent_name
    FROM (SELECT id, MIN(distance) AS distance FROM walk GROUP BY id) d
    CROSS JOIN organizations o
    LEFT JOIN organizations p ON p.id = o.parent_id
    WHERE o.id = d.id AND d.distance > 0${everyKind ? sql`` : sql` AND o.kind IN (${kinds})`}
    ORDER BY d.distance, o.name, o.id`)
  return rows.map((r) => ({
    id: r.id as OrgId,
    name: String(r.name ?? ''),
    kind: r.kind as OrgKind,
    policy: r.policy === 'review' ? 'review' : 'auto',
    distance: sqlNumber(r.distance),
    parentName:
      r.parent_name === null || r.parent_name === undefined ? null : String(r.parent_name),
  }))
}
