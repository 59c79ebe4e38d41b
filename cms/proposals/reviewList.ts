import type { PayloadRequest, Where } from 'payload'
import { scopeWhere } from '../../domain/access/scope'
import { CONTENT_SCOPE } from '../access/contentScope'
import { userOf } from '../access/userOf'
import type { Media, Post } from '../payload-types'
import { lexicalHtml } from '../richText/html/lexicalHtml'
import { idOf } from '../services/refs'
import type { ProposalStatus } from './proposalTargets'

/** A page of each list: a reviewer decides a few a week, never thousands. */
export const REVIEW_LIMIT = 50

export interface ReviewItem {
  id: string
  status: ProposalStatus
  note: string
  reason: string
  toName: string
  fromName: string
  proposedAt: string
  decidedAt: string | null
  post: {
    title: string
    publishedAt: string | null
    lead: string
    cover: { url: string; alt: string; width?: number; height?: number } | null
    /** The text as the sites render it (their converters), images served by the admin's API. */
    html: string
  } | null
}

/**
 * The sites link images under /media/images/ (cms/richText/html/mediaRef.ts); the admin serves
 * the same files through the media collection's own route.
 */
const adminImages = (html: string, api: string) =>
  html.replace(/(["\s,])\/media\/images\//g, `$1${api}/media/file/`)

function coverOf(cover: Post['cover']): NonNullable<ReviewItem['post']>['cover'] {
  if (!cover || typeof cover !== 'object') return null
  const media = cover as Media
  const size = media.sizes?.medium?.url ? media.sizes.medium : null
  const url = size?.url ?? media.url
  if (!url) return null
  return {
    url,
    alt: media.alt ?? '',
    width: size?.width ?? media.width ?? undefined,
    height: size?.height ?? media.height ?? undefined,
  }
}

/**
 * Proposals addressed to the orgs the user edits: the receiving side of the collection's read
 * access, so a proposal the user only made is not listed. Null when the user receives none.
 */
function receivingWhere(req: PayloadRequest, which: 'pending' | 'decided'): Where | null {
  const receiver = scopeWhere(userOf(req), 'editor', CONTENT_SCOPE)
  if (receiver === false) return null
  const status: Where =
    which === 'pending'
      ? { status: { equals: 'pending' } }
      : { status: { in: ['accepted', 'declined'] } }
  return receiver === true ? status : { and: [receiver, status] }
}

/** How many proposals wait for the user's decision (the menu's count). */
export async function pendingCount(req: PayloadRequest): Promise<number> {
  const where = receivingWhere(req, 'pending')
  if (!where) return 0
  return (
    await req.payload.count({
      collection: 'proposals',
      where,
      overrideAccess: false,
      user: req.user,
      req,
    })
  ).totalDocs
}

/**
 * The proposals to the user's orgs, read as the user: `pending` oldest first with the whole post
 * rendered, or the decided ones newest first.
 */
export async function reviewList(
  req: PayloadRequest,
  which: 'pending' | 'decided',
): Promise<ReviewItem[]> {
  const where = receivingWhere(req, which)
  if (!where) return []
  const { docs } = await req.payload.find({
    collection: 'proposals',
    where,
    sort: which === 'pending' ? 'createdAt' : '-updatedAt',
    depth: 1,
    limit: REVIEW_LIMIT,
    select: {
      post: true,
      organization: true,
      fromOrganization: true,
      note: true,
      status: true,
      reason: true,
      decidedAt: true,
      createdAt: true,
    },
    populate: { organizations: { name: true }, posts: { title: true } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const posts =
    which === 'pending'
      ? await pendingPosts(
          req,
          docs.map((d) => idOf(d.post)),
        )
      : null
  const name = (org: unknown) =>
    org && typeof org === 'object' && 'name' in org ? String(org.name) : ''
  return docs.map((d) => {
    const post = posts?.get(String(idOf(d.post)))
    const title = d.post && typeof d.post === 'object' ? d.post.title : ''
    return {
      id: String(d.id),
      status: d.status as ProposalStatus,
      note: d.note ?? '',
      reason: d.reason ?? '',
      toName: name(d.organization),
      fromName: name(d.fromOrganization),
      proposedAt: d.createdAt,
      decidedAt: d.decidedAt ?? null,
      post: post ?? (title ? { title, publishedAt: null, lead: '', cover: null, html: '' } : null),
    }
  })
}

/** The pending posts in full, read as the user (a post since unpublished is simply missing). */
async function pendingPosts(req: PayloadRequest, ids: (string | number | null)[]) {
  const wanted = [...new Set(ids.filter((id) => id !== null))]
  const out = new Map<string, NonNullable<ReviewItem['post']>>()
  if (wanted.length === 0) return out
  const { docs } = await req.payload.find({
    collection: 'posts',
    where: { id: { in: wanted } },
    depth: 1,
    limit: wanted.length,
    pagination: false,
    select: { title: true, publishedAt: true, lead: true, cover: true, body: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const api = req.payload.config.routes.api
  for (const p of docs)
    out.set(String(p.id), {
      title: p.title,
      publishedAt: p.publishedAt ?? null,
      lead: p.lead ?? '',
      cover: coverOf(p.cover),
      html: adminImages(lexicalHtml(p.body), api),
    })
  return out
}
