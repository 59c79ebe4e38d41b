import type { PayloadRequest } from 'payload'
import { rawSql } from '../db/rawSql'
import type { OrgKind } from '../../domain/org/orgKinds'
import type { OrgId } from '../../domain/org/orgGraph'
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
 * statement on SQL databases; a level-by-level walk through the Local API on MongoDB.
 */
export async function loadDownstream(
  req: PayloadRequest,
  from: OrgId,
  reach: Reach,
): Promise<DownstreamOrg[]> {
  const db = await rawSql(req)
  return db ? downstreamSql(db.run, from, reach) : loadDownstreamLocal(req, from, reach)
}
