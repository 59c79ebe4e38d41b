import type { PayloadRequest } from 'payload'
import type { OrgId } from '../../domain/org/orgGraph'
import type { Document, Organization, Page, Post } from '../../cms/payload-types'
import { idOf } from '../../cms/services/refs'
import { queryFeeds } from '../../cms/syndication/feedQuery'
import type { FeedItem } from '../../domain/syndication/types'
import { keptItems, RECEIVED_WINDOW } from '../../domain/publishing/keptItems'
import { loadOwnPosts } from './ownPosts'
import { chunks, DOCUMENT_SELECT, POST_SOURCE_SELECT, SOURCE_POPULATE } from './sourceQueries'
import type { UpperDocumentSource } from './upperDocuments'

/** Newest items a site lists from its feed; older received ones stay on their origin sites. */
export const FEED_LIMIT = RECEIVED_WINDOW

export type SourceOrg = Pick<
  Organization,
  | 'id'
  | 'name'
  | 'shortName'
  | 'kind'
  | 'about'
  | 'memberCount'
  | 'contacts'
  | 'social'
  | 'infoOfficer'
  | 'branding'
  | 'leadership'
  | 'privacyPolicy'
>
export type SourcePage = Pick<
  Page,
  'id' | 'title' | 'slug' | 'body' | 'parent' | 'showInMenu' | 'updatedAt' | 'organization'
>
export type SourceDocument = Pick<
  Document,
  | 'id'
  | 'title'
  | 'docType'
  | 'year'
  | 'description'
  | 'filename'
  | 'mimeType'
  | 'filesize'
  | 'organization'
>
export type SourcePost = Pick<
  Post,
  | 'id'
  | 'title'
  | 'slug'
  | 'lead'
  | 'body'
  | 'publishedAt'
  | 'createdAt'
  | 'updatedAt'
  | 'category'
  | 'tags'
  | 'cover'
  | 'mandatory'
  | 'oldSlugs'
>

/** Everything the snapshots of a batch of orgs are assembled from, read in a few queries. */
export interface SnapshotSources {
  orgs: Map<string, SourceOrg>
  feeds: Map<string, FeedItem[]>
  posts: Map<string, SourcePost>
  pages: Map<string, SourcePage[]>
  documents: Map<string, SourceDocument[]>
  /** Documents of the orgs above whose reach arrives: set by the callers (upperDocuments.ts). */
  upperDocuments: Map<string, UpperDocumentSource[]>
  /** Seconds spent on orgs, pages and documents; on the feeds; on their posts. */
  seconds: { rows: number; feeds: number; posts: number }
}

function groupByOrg<T extends { organization: unknown }>(docs: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const doc of docs) {
    const org = String(idOf(doc.organization as never))
    out.set(org, [...(out.get(org) ?? []), doc])
  }
  return out
}

/**
 * Reads the sources of many snapshots at once: orgs, posts, pages and documents in one query per
 * chunk of orgs (ordered as each snapshot lists them), feeds one two-statement query per org.
 * A feed's posts are shared by many sites in a batch, so each post is read once.
 */
export async function loadSnapshotSources(
  req: PayloadRequest,
  orgIds: readonly OrgId[],
): Promise<SnapshotSources> {
  const { payload } = req
  const common = { overrideAccess: true, req, limit: 0, pagination: false } as const
  const sources: SnapshotSources = {
    orgs: new Map(),
    feeds: new Map(),
    posts: new Map(),
    pages: new Map(),
    documents: new Map(),
    upperDocuments: new Map(),
    seconds: { rows: 0, feeds: 0, posts: 0 },
  }
  const since = (t: number) => (performance.now() - t) / 1000
  let t = performance.now()
  const now = new Date()
  for (const ids of chunks(orgIds)) {
    const { docs: orgs } = await payload.find({
      collection: 'organizations',
      where: { id: { in: ids } },
      depth: 1,
      select: {
        name: true,
        shortName: true,
        kind: true,
        about: true,
        memberCount: true,
        contacts: true,
        social: true,
        infoOfficer: true,
        branding: true,
        leadership: true,
        privacyPolicy: true,
      },
      populate: SOURCE_POPULATE,
      ...common,
    })
    for (const org of orgs) sources.orgs.set(String(org.id), org)
    const { docs: pages } = await payload.find({
      collection: 'pages',
      where: { and: [{ organization: { in: ids } }, { _status: { equals: 'published' } }] },
      sort: ['menuOrder', 'title'],
      // Populates the images and links in the bodies (and parent and org, read through idOf).
      depth: 1,
      select: {
        title: true,
        slug: true,
        body: true,
        parent: true,
        showInMenu: true,
        updatedAt: true,
        organization: true,
      },
      populate: SOURCE_POPULATE,
      ...common,
    })
    for (const [org, list] of groupByOrg(pages)) sources.pages.set(org, list)
    const { docs: documents } = await payload.find({
      collection: 'documents',
      where: { organization: { in: ids } },
      sort: ['-year', 'title'],
      depth: 0,
      select: DOCUMENT_SELECT,
      ...common,
    })
    for (const [org, list] of groupByOrg(documents)) sources.documents.set(org, list)
  }
  sources.seconds.rows = since(t)
  t = performance.now()
  for (const ids of chunks(orgIds)) {
    const own = await loadOwnPosts(req, ids, now)
    for (const [id, feed] of await queryFeeds(req, ids, { limit: FEED_LIMIT, now })) {
      sources.feeds.set(id, keptItems(feed, own.get(id) ?? []))
    }
  }
  sources.seconds.feeds = since(t)
  t = performance.now()
  const postIds = [...new Set([...sources.feeds.values()].flat().map((i) => String(i.post)))]
  for (const ids of chunks(postIds)) {
    const { docs: posts } = await payload.find({
      collection: 'posts',
      where: { id: { in: ids } },
      depth: 1,
      select: POST_SOURCE_SELECT,
      populate: SOURCE_POPULATE,
      ...common,
    })
    for (const post of posts) sources.posts.set(String(post.id), post)
  }
  sources.seconds.posts = since(t)
  return sources
}
