import { sql } from 'drizzle-orm'
import type { SqlDb } from '../../db/rawSql'
import { packedRows } from './packedRows'
import { scopeRoot, withSubtree, type SubtreeScope } from './subtreeSql'

/**
 * The orgs (of the subtree and above it) that own a published host: the publishing queue's
 * site_builds row, one per host, has `published_at` once the host's folder went live. A section
 * org is served by its nearest ancestor with a site of its own (siteHosts), so the root's
 * ancestors are asked too.
 */
export async function publishedHosts(
  db: SqlDb,
  root: SubtreeScope,
  rootAncestors: readonly number[],
): Promise<Set<string>> {
  const ids = [scopeRoot(root), ...rootAncestors].map((id) => sql`${id}`)
  const rows = await packedRows(
    db,
    ['org'],
    sql`${withSubtree(root)}
    SELECT DISTINCT b.organization_id AS org FROM site_builds b
    WHERE b.published_at IS NOT NULL
      AND (b.organization_id IN (SELECT id FROM sub) OR b.organization_id IN (${sql.join(ids, sql`, `)}))`,
  )
  return new Set(rows.map((r) => String(r.org)))
}
