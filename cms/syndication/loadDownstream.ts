import type { PayloadRequest } from 'payload'
import { rawSql } from '../db/rawSql'
import type { OrgKind } from '../../domain/org/orgKinds'
import type { OrgId } from '../../domain/org/orgGraph'
import { toReach } from '../../domain/syndication/reach'
import { loadDownstreamLocal } from './loadDownstreamLocal'
import { downstreamSql } from './sql/downstreamSql'
import type { Reach } from '../../domain/syndication/types'

export interface DownstreamOrg {
  id: OrgId
  name: string
  kind: OrgKind
  policy: 'auto' | 'review'
  /** Shortest distance along child and membership edges, as receiversOf computes it. */
  distance: number
  /** The name of its parent organization (null at the top): «Кто получит» groups by it. */
  parentName: string | null
}

/**
 * "Who receives this": the orgs a reach from `from` arrives at, nearest first. One recursive
 * statement on SQL databases; a level-by-level walk through the Local API on MongoDB. A reach
 * naming orgs keeps the receivers inside their subtrees and outside the excepted ones, as
 * receiversOf does.
 */
export async function loadDownstream(
  req: PayloadRequest,
  from: OrgId,
  reach: Reach,
): Promise<DownstreamOrg[]> {
  const db = await rawSql(req)
  const load = (start: OrgId, r: Reach) =>
    db ? downstreamSql(db.run, start, r) : loadDownstreamLocal(req, start, r)
  const receivers = await load(from, { depth: reach.depth, kinds: reach.kinds })
  if (!reach.within?.length && !reach.except?.length) return receivers
  const everything = toReach({ scope: 'subtree' })
  const subtrees = async (roots: readonly OrgId[]) => {
    const ids = new Set(roots.map(String))
    for (const root of roots) for (const o of await load(root, everything)) ids.add(String(o.id))
    return ids
  }
  const within = reach.within?.length ? await subtrees(reach.within) : null
  const except = reach.except?.length ? await subtrees(reach.except) : null
  return receivers.filter(
    (o) => (!within || within.has(String(o.id))) && !except?.has(String(o.id)),
  )
}
