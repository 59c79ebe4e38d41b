import type { PayloadRequest } from 'payload'
import { rawSql } from '../db/rawSql'
import type { OrgId } from '../lib/orgGraph'
import { queryFeedLocal } from './feedQueryLocal'
import { queryFeedSql } from './sql/queryFeedSql'
import type { FeedItem } from './types'

export interface FeedQueryOptions {
  limit: number
  now: Date
}

/**
 * The feed of one org straight from the database, agreeing with the pure feedOf (the property
 * tests compare them on random federations). SQL databases answer it in two statements; the
 * Local API path, several queries per upstream org, remains for MongoDB.
 */
export async function queryFeed(
  req: PayloadRequest,
  orgId: OrgId,
  options: FeedQueryOptions,
): Promise<FeedItem[]> {
  const db = await rawSql(req)
  return db ? queryFeedSql(db, orgId, options) : queryFeedLocal(req, orgId, options)
}
