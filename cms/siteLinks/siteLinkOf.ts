import type { PayloadRequest } from 'payload'
import { configValue } from '../../config/index'
import { documentPath, type DocumentPlace } from '../../domain/contract/documentPath'
import { siteOrigin } from '../../domain/hosts/sitePlacement'
import { loadOrgPlacement } from '../services/orgPlacement'
import { idOf } from '../services/refs'
import { siteLinkState, type SiteLinkState } from './siteLinkState'

/** The collections whose documents have an address on their org's site. */
export const LINKED_COLLECTIONS = ['posts', 'pages', 'events', 'documents'] as const
export type LinkedCollection = (typeof LINKED_COLLECTIONS)[number]

export interface SiteLink {
  state: SiteLinkState
  /** The document's page on its own org's site (null until it is published). */
  url: string | null
  siteName: string
  /** When the host was last released. */
  publishedAt: string | null
}

/** What each collection needs read: the address's parts and the state's. */
const SELECT = {
  posts: { slug: true, organization: true, updatedAt: true, _status: true },
  events: { slug: true, organization: true, updatedAt: true, _status: true },
  pages: { slug: true, organization: true, updatedAt: true, _status: true, parent: true },
  documents: { organization: true, updatedAt: true },
} as const

type Doc = {
  slug?: string | null
  organization?: unknown
  parent?: unknown
  _status?: string | null
  updatedAt: string
}

/** A page's slugs, its parents' first (a page nests under at most a few others). */
async function pageSlugs(req: PayloadRequest, page: Doc): Promise<string[]> {
  const slugs = [page.slug ?? '']
  for (let parent = idOf(page.parent), n = 0; parent !== null && n < 8; n++) {
    const doc = (await req.payload
      .findByID({
        collection: 'pages',
        id: parent,
        depth: 0,
        select: { slug: true, parent: true },
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      .catch(() => null)) as Doc | null
    if (!doc) break
    slugs.unshift(doc.slug ?? '')
    parent = idOf(doc.parent)
  }
  return slugs
}

/**
 * Where a document is on its own org's site and whether its last saved change is live there.
 * Read as the caller (`overrideAccess: false`): a document the caller may not read is a NotFound
 * or Forbidden from Payload, never an address.
 */
export async function siteLinkOf(
  req: PayloadRequest,
  collection: LinkedCollection,
  id: string,
): Promise<SiteLink | null> {
  const doc = (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    select: SELECT[collection],
    overrideAccess: false,
    req,
  } as never)) as Doc
  const orgId = idOf(doc.organization)
  const org = orgId === null ? null : await loadOrgPlacement(req.payload, String(orgId))
  if (!org) return null
  const { docs } = await req.payload.find({
    collection: 'site-builds',
    where: { host: { equals: org.placement.host } },
    select: { publishedAt: true, pendingSince: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const host = docs[0]
  const base = {
    siteName: org.org.name,
    publishedAt: host?.publishedAt ?? null,
  }
  if (doc._status === 'draft' || (collection !== 'documents' && !doc.slug))
    return { ...base, state: 'unpublished', url: null }
  const place: DocumentPlace =
    collection === 'posts'
      ? { kind: 'post', slug: doc.slug!, orgSlug: org.org.slug }
      : collection === 'events'
        ? { kind: 'event', slug: doc.slug! }
        : collection === 'pages'
          ? { kind: 'page', slugs: await pageSlugs(req, doc) }
          : { kind: 'document' }
  const origin = siteOrigin(org.placement.host, configValue('SITES_ORIGIN_TEMPLATE'))
  return {
    ...base,
    state: siteLinkState(doc.updatedAt, host),
    url: `${origin}${org.placement.basePath}/${documentPath(place)}`,
  }
}
