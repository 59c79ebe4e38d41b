import { Forbidden, NotFound, type PayloadRequest } from 'payload'
import { coversOrg } from '../../domain/access/scope'
import type { OrgId } from '../../domain/org/orgGraph'
import {
  compareIncoming,
  incomingStatus,
  type IncomingStatus,
} from '../../domain/syndication/incomingStatus'
import type { Decision, FeedItem } from '../../domain/syndication/types'
import { userOf } from '../access/userOf'
import { rawSql } from '../db/rawSql'
import { loadOrg } from '../services/orgLinks'
import { idOf } from '../services/refs'
import { queryFeed } from '../syndication/feedQuery'
import { loadUpstream } from '../syndication/sql/loadUpstream'
import { queryFeedSql } from '../syndication/sql/queryFeedSql'

/** How many incoming items the inbox lists (newest, plus every pinned one). */
export const INBOX_LIMIT = 200

export interface IncomingItem extends IncomingStatus {
  post: OrgId
  title: string
  origin: OrgId
  originName: string
  via: OrgId | null
  publishedAt: string
  mandatory: boolean
}

export interface IncomingList {
  org: { id: OrgId; name: string; review: boolean }
  items: IncomingItem[]
}

/** The org's editors (or a subtree's above it) and platform admins; others get Forbidden. */
export async function inboxOrg(req: PayloadRequest, orgId: string) {
  const user = userOf(req)
  if (!user) throw new Forbidden(req.t)
  const org = /^\d{1,15}$/.test(orgId) ? await loadOrg(req, orgId) : undefined
  if (!org) throw new NotFound(req.t)
  if (!coversOrg(user, 'editor', org.id, [...org.ancestors, org.id])) throw new Forbidden(req.t)
  return org
}

/**
 * Everything that arrives on the org's site from above, with its state. It is the site's own
 * feed query (queryFeedSql) asked as if the org hid nothing and reviewed nothing, so hidden and
 * waiting items are listed too; their state then comes from the org's decisions by feedOf's
 * rules (incomingStatus). On MongoDB only what the site shows is listed.
 */
export async function incomingItems(
  req: PayloadRequest,
  orgId: string,
  now = new Date(),
): Promise<IncomingList> {
  const org = await inboxOrg(req, orgId)
  const db = await rawSql(req)
  const options = { limit: INBOX_LIMIT, now }
  let arriving: FeedItem[]
  if (db) {
    const context = await loadUpstream(db.run, org.id)
    arriving = context
      ? await queryFeedSql(db, org.id, options, { ...context, hides: false, policy: 'auto' })
      : []
  } else arriving = await queryFeed(req, org.id, options)
  // Own posts, and items that arrived only by the org's own repost (from below), are not incoming.
  const incoming = arriving.filter(
    (i) => String(i.origin) !== String(org.id) && String(i.via) !== String(org.id),
  )
  const ids = incoming.map((i) => i.post)
  const [decisions, posts, reposted] = await Promise.all([
    orgDecisions(req, org.id),
    ids.length ? postFacts(req, ids) : new Map<string, { title: string; mandatory: boolean }>(),
    ids.length ? repostedBy(req, org.id, ids) : new Set<string>(),
  ])
  const originNames = new Map(
    [
      ...(await Promise.all(
        [...new Set(incoming.map((i) => i.origin))].map((o) => loadOrg(req, o)),
      )),
    ]
      .filter((o) => o !== undefined)
      .map((o) => [String(o.id), o.name]),
  )
  const items = incoming.map((i): IncomingItem => {
    const facts = posts.get(String(i.post)) ?? { title: '', mandatory: false }
    return {
      post: i.post,
      title: facts.title,
      origin: i.origin,
      originName: originNames.get(String(i.origin)) ?? '',
      via: i.via,
      publishedAt: i.publishedAt,
      mandatory: facts.mandatory,
      ...incomingStatus({
        post: i.post,
        mandatory: facts.mandatory,
        policy: org.incomingPolicy,
        decisions,
        repostedBySelf: reposted.has(String(i.post)),
        now,
      }),
    }
  })
  return {
    org: { id: org.id, name: org.name, review: org.incomingPolicy === 'review' },
    items: items.sort(compareIncoming),
  }
}

async function orgDecisions(req: PayloadRequest, org: OrgId): Promise<Decision[]> {
  const { docs } = await req.payload.find({
    collection: 'feed-decisions',
    where: { organization: { equals: org } },
    select: { post: true, action: true, until: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((d) => ({
    org,
    post: idOf(d.post)!,
    action: d.action as Decision['action'],
    until: d.until ?? null,
  }))
}

async function postFacts(req: PayloadRequest, ids: OrgId[]) {
  const { docs } = await req.payload.find({
    collection: 'posts',
    where: { id: { in: ids } },
    select: { title: true, mandatory: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(
    docs.map((d) => [String(d.id), { title: d.title ?? '', mandatory: Boolean(d.mandatory) }]),
  )
}

async function repostedBy(req: PayloadRequest, org: OrgId, ids: OrgId[]) {
  const { docs } = await req.payload.find({
    collection: 'reposts',
    where: { and: [{ organization: { equals: org } }, { post: { in: ids } }] },
    select: { post: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((d) => String(idOf(d.post))))
}
