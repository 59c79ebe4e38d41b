import { sqlBool, sqlDate, sqlNumber, type SqlDb, type SqlRow } from '../../db/rawSql'
import type { OrgId } from '../../../domain/org/orgGraph'
import { compareFeedItems } from '../../../domain/syndication/feed'
import type { FeedItem } from '../../../domain/syndication/types'
import { feedShapeKey, feedSql, feedValues, type FeedShape } from './feedSql'
import { loadUpstream, type UpstreamContext } from './loadUpstream'

/**
 * The feed of one org in two statements on a SQL database: the org and its upstream (one
 * recursive walk), then the posts (see feedSql). Agrees with feedOf; the property tests compare.
 */
export async function queryFeedSql(
  { run, runShaped, dialect }: SqlDb,
  orgId: OrgId,
  options: { limit: number; now: Date },
  /** The reader's upstream when it was read already (loadUpstreamMany). */
  known?: UpstreamContext | null,
): Promise<FeedItem[]> {
  const context = known === undefined ? await loadUpstream(run, orgId) : known
  if (!context) return []
  const shape: FeedShape = {
    kind: context.kind,
    hides: context.hides,
    pins: context.pins,
    reposts: context.reposts,
    review: context.policy === 'review',
    upstream: context.upstream.length,
    nullsFirst: dialect === 'postgres',
  }
  const rows = await runShaped(
    feedShapeKey(shape),
    () => feedSql(shape),
    feedValues({
      org: orgId,
      upstream: context.upstream,
      limit: options.limit,
      now: options.now.toISOString(),
    }),
  )
  // A post may come from several branches; only the repost and pin branches carry via / pinned.
  const byPost = new Map<string, { row: SqlRow; via: OrgId | null; pinned: boolean }>()
  for (const row of rows) {
    const seen = byPost.get(String(row.id))
    const via = (row.via as OrgId | null) ?? null
    if (!seen) byPost.set(String(row.id), { row, via, pinned: sqlBool(row.pinned) })
    else {
      seen.via ??= via
      seen.pinned ||= sqlBool(row.pinned)
    }
  }
  const distanceOf = new Map(context.upstream.map((u) => [String(u.id), u.distance]))
  const items: FeedItem[] = [...byPost.values()].map(({ row, via, pinned }) => {
    const origin = row.origin as OrgId
    const own = String(origin) === String(orgId)
    const distance = distanceOf.get(String(origin))
    // As in feedOf: provenance only for items that arrived through a repost alone.
    const direct =
      !own &&
      distance !== undefined &&
      distance <= sqlNumber(row.reach_depth) &&
      sqlBool(row.to_kind) &&
      sqlBool(row.by_name)
    return {
      post: row.id as OrgId,
      origin,
      via: own || direct ? null : via,
      pinned,
      publishedAt: sqlDate(row.published_at),
    }
  })
  return items.sort(compareFeedItems).slice(0, options.limit)
}
