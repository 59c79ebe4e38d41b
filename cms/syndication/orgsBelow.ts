import type { PayloadRequest } from 'payload'
import { sql } from 'drizzle-orm'
import type { OrgId } from '../../domain/org/orgGraph'
import { SUBTREE_DEPTH, toReach } from '../../domain/syndication/reach'
import { rawSql } from '../db/rawSql'
import { loadDownstreamLocal } from './loadDownstreamLocal'
import { orgWalk } from './sql/orgWalk'

/**
 * Which of `named` sit below `owner` (along parent and membership edges, at any depth): the
 * organizations a reach may name. On SQL databases one upward walk from the named orgs (a few
 * short paths); on MongoDB the owner's downstream, level by level.
 */
export async function orgsBelow(
  req: PayloadRequest,
  owner: OrgId,
  named: readonly OrgId[],
): Promise<Set<string>> {
  if (named.length === 0) return new Set()
  const db = await rawSql(req)
  if (db) {
    const rows = await db.run(sql`${orgWalk(named, 'up', SUBTREE_DEPTH)}
      SELECT DISTINCT start FROM walk WHERE id = ${owner} AND distance > 0`)
    return new Set(rows.map((r) => String(r.start)))
  }
  const below = await loadDownstreamLocal(req, owner, toReach({ scope: 'subtree' }))
  const wanted = new Set(named.map(String))
  return new Set(below.map((o) => String(o.id)).filter((id) => wanted.has(id)))
}
