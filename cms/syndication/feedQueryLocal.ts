import type { PayloadRequest, Where } from 'payload'
import type { OrgId } from '../../domain/org/orgGraph'
import { idOf } from '../services/refs'
import { compareFeedItems, compareIdsDesc } from '../../domain/syndication/feed'
import { namedSubtreesAdmit } from '../../domain/syndication/receivers'
import { NAMED_ORGS_SELECT, storedReach } from '../../domain/publishing/siteChange'
import { loadFeedContext } from './loadFeedContext'
import type { FeedQueryOptions } from './feedQuery'
import type { FeedItem } from '../../domain/syndication/types'

const FIELDS = {
  organization: true,
  publishedAt: true,
  reachDepth: true,
  receivers: true,
  mandatory: true,
  reach: NAMED_ORGS_SELECT,
  reachNamed: true,
} as const

/**
 * The feed of one org through the Local API, for MongoDB (SQL databases use queryFeedSql),
 * agreeing with the pure feedOf. The upstream orgs are few, so "arrives here" becomes one
 * indexed condition per distance: origin in <orgs at distance d> and reachDepth ≥ d.
 */
export async function queryFeedLocal(
  req: PayloadRequest,
  orgId: OrgId,
  options: FeedQueryOptions,
): Promise<FeedItem[]> {
  const context = await loadFeedContext(req, orgId)
  if (!context) return []
  const { self, upstreamByDistance, decisions } = context
  const ids = (action: string) => decisions.filter((d) => d.action === action).map((d) => d.post)
  const hidden = ids('hide')
  const pinned = decisions
    .filter((d) => d.action === 'pin' && (!d.until || new Date(d.until) > options.now))
    .map((d) => d.post)

  const arrival = (field: string): Where | null => {
    const byDistance: Where[] = [...upstreamByDistance].map(([distance, orgs]) => ({
      and: [{ [field]: { in: orgs } }, { reachDepth: { greater_than_equal: distance } }],
    }))
    return byDistance.length > 0
      ? {
          and: [{ or: byDistance }, { [`receivers.${self.kind}`]: { equals: true } }, ...admitted],
        }
      : null
  }
  // Reach by name, as feedOf has it: the reader or an org above it is named (when any are), and
  // none of them is excepted.
  const lineage = [orgId, ...[...upstreamByDistance.values()].flat()]
  const lineageKeys = new Set(lineage.map(String))
  const admitted: Where[] = [
    { or: [{ 'reachNamed.within': { not_equals: true } }, { 'reach.within': { in: lineage } }] },
    {
      or: [{ 'reachNamed.except': { not_equals: true } }, { 'reach.except': { not_in: lineage } }],
    },
  ]
  const incoming = arrival('organization')

  const { docs: reposts } = await req.payload.find({
    collection: 'reposts',
    where: { or: [{ organization: { equals: orgId } }, ...(incoming ? [incoming] : [])] },
    select: { post: true, organization: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  // As in feedOf: provenance names the reposter with the smallest id.
  const via = new Map<string, OrgId>()
  const repostIds = new Map<string, OrgId>()
  const repostedBySelf: OrgId[] = []
  for (const r of reposts) {
    const post = idOf(r.post)
    const by = idOf(r.organization)
    if (post === null || by === null) continue
    repostIds.set(String(post), post)
    if (String(by) === String(orgId)) repostedBySelf.push(post)
    const current = via.get(String(post))
    if (current === undefined || compareIdsDesc(current, by) < 0) via.set(String(post), by)
  }

  const visible: Where[] = [{ _status: { equals: 'published' } }]
  const exempt: Where[] = [{ mandatory: { equals: true } }, { organization: { equals: orgId } }]
  if (hidden.length > 0) visible.push({ or: [...exempt, { id: { not_in: hidden } }] })
  if (self.policy === 'review')
    visible.push({ or: [...exempt, { id: { in: [...ids('accept'), ...repostedBySelf] } }] })
  const arrives: Where = {
    or: [
      { organization: { equals: orgId } },
      ...(incoming ? [incoming] : []),
      ...(repostIds.size > 0 ? [{ id: { in: [...repostIds.values()] } }] : []),
    ],
  }

  const find = (where: Where, limit: number) =>
    req.payload.find({
      collection: 'posts',
      where: { and: [...visible, where] },
      sort: ['-publishedAt', '-id'],
      select: FIELDS,
      depth: 0,
      limit,
      pagination: false,
      overrideAccess: true,
      req,
    })
  const parts = await Promise.all([
    // One query per origin org: each walks the (organization, publishedAt) index newest first and
    // stops after `limit` rows, where a single OR over all origins made the planner scan.
    find({ organization: { equals: orgId } }, options.limit),
    ...[...upstreamByDistance].flatMap(([distance, orgs]) =>
      orgs.map((origin) =>
        find(
          {
            and: [
              { organization: { equals: origin } },
              { reachDepth: { greater_than_equal: distance } },
              { [`receivers.${self.kind}`]: { equals: true } },
              ...admitted,
            ],
          },
          options.limit,
        ),
      ),
    ),
    repostIds.size > 0
      ? find({ id: { in: [...repostIds.values()] } }, options.limit)
      : { docs: [] },
    pinned.length > 0
      ? find({ and: [arrives, { id: { in: pinned } }] }, pinned.length)
      : { docs: [] },
  ])

  const distanceOf = new Map<string, number>()
  for (const [distance, orgs] of upstreamByDistance)
    for (const o of orgs) distanceOf.set(String(o), distance)
  const pinnedSet = new Set(pinned.map(String))
  const items = new Map<string, FeedItem>()
  for (const doc of parts.flatMap((p) => p.docs)) {
    const origin = idOf(doc.organization)!
    const distance = distanceOf.get(String(origin))
    const own = String(origin) === String(orgId)
    const direct =
      !own &&
      distance !== undefined &&
      distance <= (doc.reachDepth ?? 0) &&
      Boolean(doc.receivers?.[self.kind]) &&
      namedSubtreesAdmit(storedReach(doc), lineageKeys)
    items.set(String(doc.id), {
      post: doc.id,
      origin,
      via: own || direct ? null : (via.get(String(doc.id)) ?? null),
      pinned: pinnedSet.has(String(doc.id)),
      publishedAt: doc.publishedAt ?? '',
    })
  }
  return [...items.values()].sort(compareFeedItems).slice(0, options.limit)
}
