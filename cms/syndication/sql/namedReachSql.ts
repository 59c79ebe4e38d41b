import { sql, type SQL } from 'drizzle-orm'

/**
 * Reach by name in SQL (issue 19), for a row `alias` of `table` (posts, reposts, events,
 * documents) arriving at a reader whose lineage — the reader and every org above it — is the list
 * `lineage`: when the row names orgs, one of them is in the lineage; none of its excepted ones is.
 * Most rows name none: their flags (reachNamed, kept by deriveReach) spare them the lookups in
 * the `_rels` table. Agrees with namedSubtreesAdmit.
 */
export function admittedByName(table: string, alias: string, lineage: SQL): SQL {
  const named = (field: 'within' | 'except') =>
    sql`EXISTS (SELECT 1 FROM ${sql.raw(`${table}_rels`)} n
      WHERE n.parent_id = ${sql.raw(alias)}.id AND n.path = ${`reach.${field}`}
      AND n.organizations_id IN (${lineage}))`
  return sql`(${sql.raw(alias)}.reach_named_within IS NOT TRUE OR ${named('within')})
    AND (${sql.raw(alias)}.reach_named_except IS NOT TRUE OR NOT ${named('except')})`
}
