import { sql, type SQL } from 'drizzle-orm'
import { sqlDate, sqlNumber, type SqlDb } from '../../db/rawSql'
import { admittedByName } from '../../syndication/sql/namedReachSql'
import { packedRows } from './packedRows'
import { receivesAs, withSubtree, type SubtreeScope } from './subtreeSql'

/**
 * Published posts of an org's structural ancestors that reach it (their reach covers the
 * distance and its level), per receiving org `o` of the subtree: the structural part of
 * feedOf's rule (items arriving only through memberships or reposts are left out — a bounded
 * approximation that keeps this one grouped statement: per org, its few ancestors, each a range
 * of the (organization_id, published_at) index from `since`). Every join is a CROSS JOIN so that
 * SQLite keeps this order (it otherwise started from all `ancestors` rows and rescanned `sub`).
 */
const arriving = (
  root: SubtreeScope,
  since: string,
  now: string,
  where: SQL,
): SQL => sql`${withSubtree(root)}
    SELECT o.id AS org, p.id AS post, p.published_at AS published_at, p.mandatory AS mandatory,
      o.incoming_policy AS policy
    FROM sub CROSS JOIN organizations o CROSS JOIN organizations_rels a
      CROSS JOIN organizations up CROSS JOIN posts p
    WHERE o.id = sub.id AND ${where} AND a.parent_id = o.id AND a.path = 'ancestors'
      AND up.id = a.organizations_id AND p.organization_id = up.id
      AND p.published_at >= ${since} AND p.published_at <= ${now} AND p._status = 'published'
      AND p.reach_depth >= o.depth - up.depth AND ${receivesAs('p', 'o')} = true AND ${admittedAt('o')}`

/** Reach by name for a receiving org `o`: the org and its structural ancestors are its lineage. */
const admittedAt = (o: string): SQL =>
  admittedByName(
    'posts',
    'p',
    sql`SELECT ${sql.raw(o)}.id UNION ALL SELECT l.organizations_id FROM organizations_rels l
      WHERE l.parent_id = ${sql.raw(o)}.id AND l.path = 'ancestors'`,
  )

const decided = (actions: SQL) => sql`EXISTS (SELECT 1 FROM feed_decisions d
      WHERE d.organization_id = x.org AND d.post_id = x.post AND d.action IN (${actions}))`

/**
 * For each org of the subtree that reviews incoming items: when the oldest item still waiting
 * (neither accepted nor hidden, not mandatory, not reposted by it) was published. Per reviewer
 * and ancestor, the ancestor's (organization_id, published_at) index is read from `since` (a
 * year back) upward and stops at the first waiting item, so decided items cost one probe each
 * and a reviewer's whole year is never read.
 */
export async function oldestWaiting(
  db: SqlDb,
  root: SubtreeScope,
  since: Date,
  now: Date,
): Promise<Map<string, Date>> {
  const rows = await packedRows(
    db,
    ['org', 'oldest'],
    sql`${withSubtree(root)},
    firsts AS (SELECT o.id AS org, (SELECT p.published_at FROM posts p
        WHERE p.organization_id = up.id AND p.published_at >= ${since.toISOString()}
          AND p.published_at <= ${now.toISOString()} AND p._status = 'published'
          AND p.reach_depth >= o.depth - up.depth AND ${receivesAs('p', 'o')} = true AND ${admittedAt('o')}
          AND COALESCE(p.mandatory, false) = false
          AND NOT EXISTS (SELECT 1 FROM feed_decisions d WHERE d.organization_id = o.id
            AND d.post_id = p.id AND d.action IN ('accept', 'hide'))
          AND NOT EXISTS (SELECT 1 FROM reposts s WHERE s.organization_id = o.id AND s.post_id = p.id)
        ORDER BY p.published_at LIMIT 1) AS first_at
      FROM sub CROSS JOIN organizations o CROSS JOIN organizations_rels a
        CROSS JOIN organizations up
      WHERE o.id = sub.id AND o.incoming_policy = 'review' AND a.parent_id = o.id
        AND a.path = 'ancestors' AND up.id = a.organizations_id)
    SELECT org, MIN(first_at) AS oldest FROM firsts GROUP BY org`,
  )
  // MIN skips the ancestors without a waiting item; an org with none at all is dropped here, not
  // by `WHERE first_at IS NOT NULL`, which PostgreSQL pushed into `firsts` and so ran each
  // (reviewer, ancestor) subquery twice.
  return new Map(
    rows
      .filter((r) => r.oldest !== null && r.oldest !== undefined)
      .map((r) => [String(r.org), new Date(sqlDate(r.oldest))]),
  )
}

/**
 * Items from above on each stand of the subtree this week: arriving posts of the week, minus
 * hidden ones and, under review, unaccepted ones (mandatory items always stay), as the site's
 * feed (and so its stand) shows them.
 */
export async function incomingThisWeek(
  db: SqlDb,
  root: SubtreeScope,
  weekStart: Date,
  now: Date,
): Promise<Map<string, number>> {
  const rows = await packedRows(
    db,
    ['org', 'n'],
    sql`SELECT x.org AS org, COUNT(DISTINCT x.post) AS n
    FROM (${arriving(root, weekStart.toISOString(), now.toISOString(), sql`1 = 1`)}) x
    WHERE x.mandatory = true OR (NOT ${decided(sql`'hide'`)}
      AND (x.policy <> 'review' OR ${decided(sql`'accept'`)}))
    GROUP BY x.org`,
  )
  return new Map(rows.map((r) => [String(r.org), sqlNumber(r.n)]))
}
