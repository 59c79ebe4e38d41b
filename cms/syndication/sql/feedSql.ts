import { sql, type Placeholder, type SQL } from 'drizzle-orm'
import type { OrgKind } from '../../../domain/org/orgKinds'
import type { OrgId } from '../../../domain/org/orgGraph'
import type { ReaderFlags, UpstreamOrg } from './loadUpstream'
import { admittedByName } from './namedReachSql'

/** What decides the statement's text: the parts it has. */
export interface FeedShape extends ReaderFlags {
  kind: OrgKind
  review: boolean
  /** How many orgs are upstream of the reader (each gets its own branch). */
  upstream: number
  /** The database sorts NULL first in descending order (PostgreSQL; SQLite sorts it last). */
  nullsFirst: boolean
}

/** What differs between readers of one shape: the statement's placeholders. */
export interface FeedValues {
  org: OrgId
  upstream: readonly UpstreamOrg[]
  limit: number
  /** ISO time: pins that end before it are over. */
  now: string
}

export const feedShapeKey = (s: FeedShape): string =>
  `feed:${s.kind}:${s.upstream}:${[s.hides, s.pins, s.reposts, s.review, s.nullsFirst].map(Number).join('')}`

/** The placeholder values of feedSql for one reader. */
export function feedValues({ org, upstream, limit, now }: FeedValues): Record<string, unknown> {
  const values: Record<string, unknown> = { org, limit, now }
  upstream.forEach((u, i) => {
    values[`u${i}`] = u.id
    values[`d${i}`] = u.distance
  })
  return values
}

const or = (parts: SQL[]): SQL => (parts.length > 0 ? sql.join(parts, sql` OR `) : sql`1 = 0`)
const list = (ids: readonly Placeholder[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )
const NONE = sql``

/**
 * The feed of one org as one statement, for feedOf's rules (see feed.ts): a UNION ALL of small
 * branches, each of which the planner answers from one index newest first and stops after
 * `limit` rows — own posts, one branch per upstream origin ((organization, publishedAt) index),
 * posts reposted to the reader (by id), posts without a date and the reader's pins (all of
 * them). Hides and review acceptance are lookups inside the branches, so a hidden item never
 * takes a place in the limit. Every branch
 * returns only items that are in the feed, so the `limit` newest of their union, pins first,
 * are the feed's; rows may repeat across branches and the caller keeps one per post.
 * A single OR over all origins instead made the planners scan the publishedAt index.
 *
 * Parts for decisions or reposts the reader does not have are left out: running them costs
 * SQLite and most orgs have none. The reader's values are placeholders (see feedValues), so
 * readers of one shape share one compiled text (shapedSql).
 */
export function feedSql(input: FeedShape): SQL {
  const org = sql.placeholder('org')
  const limit = sql.placeholder('limit')
  const upstream = Array.from({ length: input.upstream }, (_, i) => ({
    id: sql.placeholder(`u${i}`),
    distance: sql.placeholder(`d${i}`),
  }))
  const receives = (table: string) => sql.raw(`${table}.receivers_${input.kind}`)
  // Upstream orgs are few (2–6), so per-origin terms keep each one an index equality.
  const reachedFrom = (t: string) =>
    or(
      upstream.map(
        (u) =>
          sql`(${sql.raw(t)}.organization_id = ${u.id} AND ${sql.raw(t)}.reach_depth >= ${u.distance})`,
      ),
    )
  // The reader and the orgs above it: whose reposts count, and what an item's names (reach by
  // name) are checked against.
  const lineage = list([org, ...upstream.map((u) => u.id)])
  const admitted = (t: 'p' | 'r') => admittedByName(t === 'p' ? 'posts' : 'reposts', t, lineage)
  const repostArrives = sql`(r.organization_id = ${org}
    OR (${receives('r')} = true AND (${reachedFrom('r')}) AND ${admitted('r')}))`
  const reposted = sql`SELECT r.post_id FROM reposts r
    WHERE r.organization_id IN (${lineage}) AND ${repostArrives}`
  const decided = (action: string) =>
    sql`EXISTS (SELECT 1 FROM feed_decisions d
      WHERE d.organization_id = ${org} AND d.post_id = p.id AND d.action = ${action})`
  const accepted = sql`(${decided('accept')}${
    input.reposts
      ? sql` OR EXISTS (SELECT 1 FROM reposts s WHERE s.organization_id = ${org} AND s.post_id = p.id)`
      : NONE
  })`
  // Hidden and (under review) unaccepted items stay out; mandatory ones never do.
  const rules = [
    ...(input.hides ? [sql`NOT ${decided('hide')}`] : []),
    ...(input.review ? [accepted] : []),
  ]
  const visible =
    rules.length > 0 ? sql`(p.mandatory = true OR (${sql.join(rules, sql` AND `)}))` : null
  const ownOrVisible = visible ? sql` AND (p.organization_id = ${org} OR ${visible})` : NONE
  const arrives = sql`(p.organization_id = ${org}
    OR (${receives('p')} = true AND (${reachedFrom('p')}) AND ${admitted('p')})
    ${input.reposts ? sql`OR p.id IN (${reposted})` : NONE})`
  const pins = sql`SELECT d.post_id FROM feed_decisions d WHERE d.organization_id = ${org}
    AND d.action = 'pin' AND (d.until IS NULL OR d.until > ${sql.placeholder('now')})`
  // Provenance matters only for items that may have arrived through a repost alone.
  const via = input.reposts
    ? sql`(SELECT MIN(r.organization_id) FROM reposts r WHERE r.post_id = p.id AND ${repostArrives})`
    : sql`CAST(NULL AS integer)`

  // feedOf puts posts without a date last, as SQLite's descending order does. PostgreSQL sorts
  // NULL first, so there the limited branches skip undated posts and one more branch brings them
  // (on SQLite that branch would read every published post: it has no statistics to choose by).
  const branch = (
    i: number,
    where: SQL,
    extra: { via?: boolean; pinned?: boolean; all?: boolean } = {},
  ) =>
    sql`SELECT * FROM (SELECT p.id AS id, p.organization_id AS origin,
      p.published_at AS published_at, p.reach_depth AS reach_depth, ${receives('p')} AS to_kind,
      CASE WHEN ${admitted('p')} THEN 1 ELSE 0 END AS by_name,
      ${extra.via ? via : sql`CAST(NULL AS integer)`} AS via, ${sql.raw(extra.pinned ? '1' : '0')} AS pinned
      FROM posts p WHERE p._status = 'published' AND ${where}
      ${input.nullsFirst && !extra.all ? sql`AND p.published_at IS NOT NULL` : NONE}
      ${extra.all ? NONE : sql`ORDER BY p.published_at DESC, p.id DESC LIMIT ${limit}`}
    ) ${sql.raw(`b${i}`)}`
  const n = upstream.length
  return sql.join(
    [
      branch(0, sql`p.organization_id = ${org}`),
      ...upstream.map((u, i) =>
        branch(
          i + 1,
          sql`p.organization_id = ${u.id} AND p.reach_depth >= ${u.distance}
            AND ${receives('p')} = true AND ${admitted('p')}${visible ? sql` AND ${visible}` : NONE}`,
        ),
      ),
      ...(input.reposts
        ? [branch(n + 1, sql`p.id IN (${reposted})${ownOrVisible}`, { via: true })]
        : []),
      ...(input.nullsFirst
        ? [
            branch(n + 2, sql`p.published_at IS NULL AND ${arrives}${ownOrVisible}`, {
              via: true,
              all: true,
            }),
          ]
        : []),
      // Every pin, however old: pinned items come first.
      ...(input.pins
        ? [
            branch(n + 3, sql`p.id IN (${pins}) AND ${arrives}${ownOrVisible}`, {
              via: true,
              pinned: true,
              all: true,
            }),
          ]
        : []),
    ],
    sql` UNION ALL `,
  )
}
