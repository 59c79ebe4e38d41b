import { sql, type SQL } from 'drizzle-orm'

/**
 * `WITH sub(id) AS (…)`: the root and every org whose stored `ancestors` hold it (one range of
 * organizations_rels' index on organizations_id). Statements join their table to `sub` with
 * CROSS JOIN, which SQLite (without statistics) keeps in that order: each org probes the
 * table's organization index, so a Терком's subtree never scans the whole table. PostgreSQL
 * plans it with its statistics either way.
 */
export const withSubtree = (root: SubtreeScope): SQL =>
  typeof root === 'number'
    ? sql`WITH sub(id) AS (SELECT CAST(${root} AS integer) UNION ALL SELECT r.parent_id
    FROM organizations_rels r WHERE r.organizations_id = ${root} AND r.path = 'ancestors')`
    : sql`WITH sub(id) AS (SELECT CAST(${root.only} AS integer))`

/**
 * What a family's statement covers: a root and its whole subtree (a number), or `{ only }` one
 * org alone (the admin home's own row). Every family computes an org's facts from that org's
 * own rows and its ancestors (read from organizations_rels, not from `sub`), so an org's facts
 * are the same either way: only the set of orgs asked differs.
 */
export type SubtreeScope = number | { only: number }

/** The org a scope starts at. */
export const scopeRoot = (root: SubtreeScope): number =>
  typeof root === 'number' ? root : root.only

/** `posts.receivers_<kind>` of the receiving org `o`, portable (a CASE over the five kinds). */
export const receivesAs = (post: string, org: string): SQL =>
  sql.raw(`CASE ${org}.kind
    WHEN 'federation' THEN ${post}.receivers_federation
    WHEN 'union' THEN ${post}.receivers_union
    WHEN 'territorial_association' THEN ${post}.receivers_territorial_association
    WHEN 'territorial_org' THEN ${post}.receivers_territorial_org
    WHEN 'primary_org' THEN ${post}.receivers_primary_org END`)
