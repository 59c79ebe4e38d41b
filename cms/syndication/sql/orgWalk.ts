import { sql, type SQL } from 'drizzle-orm'
import type { OrgId } from '../../../domain/org/orgGraph'

/**
 * A `WITH RECURSIVE … walk(start, id, distance)` clause: `start` (distance 0) and every org reachable
 * from it in at most `maxDepth` steps along downstream edges (structural children and member
 * orgs) or upstream ones (parent and memberships), once per path length — take MIN(distance)
 * per id for the shortest, as SyndicationGraph.distances does. The bound also stops a cycle.
 * It follows the live parent and membership links, not the stored ancestors a move job may not
 * have refreshed yet. Portable between SQLite and PostgreSQL. Given several starts, it walks from
 * each of them in the same statement; `start` tells the walks apart.
 *
 * One recursive step serves both kinds of edge: a two-row constant `k` picks the structural edge
 * (n = 1, organizations.parent_id) or the membership edge (n = 2), because PostgreSQL allows the
 * recursive table only once per step. Each join is an index lookup, so a step costs its frontier.
 */
export function orgWalk(
  start: OrgId | readonly OrgId[],
  direction: 'up' | 'down',
  maxDepth: number,
): SQL {
  // Upward, an org's memberships are its own few rels rows (parent_id index). Downward, the
  // members of an org are found by organizations_id, whose index also holds every `ancestors`
  // row (10,000 for the federation): the membership edges are read once instead, and each
  // step probes that small table (an automatic index in SQLite, a hash in PostgreSQL).
  const [edges, structural, membership, next] =
    direction === 'up'
      ? [
          sql``,
          sql`LEFT JOIN organizations e1 ON k.n = 1 AND e1.id = w.id`,
          sql`LEFT JOIN organizations_rels e2
            ON k.n = 2 AND e2.parent_id = w.id AND e2.path = 'memberships'`,
          sql`CASE WHEN k.n = 1 THEN e1.parent_id ELSE e2.organizations_id END`,
        ]
      : [
          sql`member_of AS MATERIALIZED (SELECT parent_id AS member, organizations_id AS target
            FROM organizations_rels WHERE path = 'memberships'),`,
          sql`LEFT JOIN organizations e1 ON k.n = 1 AND e1.parent_id = w.id`,
          sql`LEFT JOIN member_of e2 ON k.n = 2 AND e2.target = w.id`,
          sql`CASE WHEN k.n = 1 THEN e1.id ELSE e2.member END`,
        ]
  const starts = Array.isArray(start)
    ? sql`IN (${sql.join(
        start.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql`= ${start}`
  return sql`WITH RECURSIVE ${edges} walk(start, id, distance) AS (
    SELECT id, id, 0 FROM organizations WHERE id ${starts}
    UNION
    SELECT w.start, ${next}, w.distance + 1
    FROM walk w
    CROSS JOIN (SELECT 1 AS n UNION ALL SELECT 2) k
    ${structural}
    ${membership}
    WHERE w.distance < ${maxDepth} AND ${next} IS NOT NULL
  )`
}
