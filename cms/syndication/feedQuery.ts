import type { PayloadRequest } from 'payload'
import { rawSql } from '../db/rawSql'
import type { OrgId } from '../../domain/org/orgGraph'
import { queryFeedLocal } from './feedQueryLocal'
import { loadUpstreamMany } from './sql/loadUpstream'
import { queryFeedSql } from './sql/queryFeedSql'
import type { FeedItem } from '../../domain/syndication/types'

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

/** Feed statements in flight in queryFeeds (each on its own pooled connection). */
const FEEDS_AT_ONCE = 6

/**
 * The feeds of many orgs (by id), as queryFeed gives each: on SQL databases their upstream walks
 * in three statements instead of one per org, and a few feed statements in flight, so the
 * database answers one while the next is sent.
 */
export async function queryFeeds(
  req: PayloadRequest,
  orgIds: readonly OrgId[],
  options: FeedQueryOptions,
): Promise<Map<string, FeedItem[]>> {
  const db = await rawSql(req)
  const contexts = db ? await loadUpstreamMany(db.run, orgIds) : undefined
  const feeds = new Map<string, FeedItem[]>()
  let next = 0
  await Promise.all(
    Array.from({ length: FEEDS_AT_ONCE }, async () => {
      while (next < orgIds.length) {
        const id = orgIds[next++]!
        const feed = db
          ? await queryFeedSql(db, id, options, contexts!.get(String(id)) ?? null)
          : await queryFeedLocal(req, id, options)
        feeds.set(String(id), feed)
      }
    }),
  )
  return new Map(orgIds.map((id) => [String(id), feeds.get(String(id))!]))
}
