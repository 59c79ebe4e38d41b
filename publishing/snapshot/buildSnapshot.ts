import type { PayloadRequest } from 'payload'
import type { SnapshotInput } from '../../domain/contract/snapshot'
import type { Category } from '../../cms/payload-types'
import type { OrgId } from '../../domain/org/orgGraph'
import { rubricShownOn } from '../../domain/rubrics/rubricAssignable'
import { idOf } from '../../cms/services/refs'
import { docLinks } from './docLinks'
import { lexicalHtml } from '../../cms/richText/html/lexicalHtml'
import { documentUrl, mediaRef } from '../../cms/richText/html/mediaRef'
import type { OrgDirectory } from '../../cms/export/orgDirectory'
import { sitePages } from './sitePages'
import { directoryMembers } from './directoryMembers'
import { slugRedirects, type SlugHistory } from '../../domain/publishing/slugRedirects'
import { loadSnapshotSources, type SnapshotSources } from './snapshotSources'
import { leadershipEntry } from './leadershipEntry'
import { upperDocumentEntries } from './upperDocumentEntries'
import { loadUpperDocuments } from './upperDocuments'
import { loadEventSources } from './eventSources'
import { OWN_NEWS_SEGMENT } from '../../domain/contract/siteUrls'
import { originSlugOf } from '../../domain/contract/documentPath'

/**
 * One organization's snapshot (domain/contract/snapshot.ts) from sources read for its batch: its
 * data, the links of its structure, published pages and documents, and its feed as queryFeed
 * returns it, each item with its provenance and canonical URL on the origin's site. `html`
 * converts rich text; a batch shares one memo of it, since most items appear on many sites.
 */
export function assembleSnapshot(
  directory: OrgDirectory,
  orgId: OrgId,
  sources: SnapshotSources,
  html: (id: string, body: unknown) => string,
): SnapshotInput {
  const org = sources.orgs.get(String(orgId))
  if (!org) throw new Error(`organization ${orgId} not found`)
  const self = directory.get(orgId)!
  const address = directory.address(orgId)
  const link = (id: OrgId) => {
    const o = directory.get(id)!
    return {
      id: String(o.id),
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      url: directory.address(id).url,
    }
  }

  const items = sources.feeds.get(String(orgId)) ?? []
  // /news/own/ is the own-news list: never an item's address (the suffix rule below moves it).
  const slugs = new Set<string>([OWN_NEWS_SEGMENT])
  const categories = new Map<string, Category>()
  const histories: SlugHistory[] = []
  const feed = items.flatMap((item) => {
    const post = sources.posts.get(String(item.post))
    if (!post?.slug) return []
    const origin = directory.get(item.origin)!
    // A syndicated item keeps its origin's slug; a clash with another item gets the origin as suffix.
    const slug = slugs.has(post.slug) ? `${post.slug}-${origin.slug}` : post.slug
    slugs.add(slug)
    const oldSlugs = (post.oldSlugs ?? []).filter((old) => old !== OWN_NEWS_SEGMENT)
    histories.push({ slug, oldSlugs })
    // The origin's own site suffixes a reserved slug the same way (see above).
    const originSlug = originSlugOf(post.slug, origin.slug)
    const linked = typeof post.category === 'object' && post.category ? post.category : undefined
    // An org's own rubric shows on its own site only; elsewhere the item goes without one.
    const category = linked && rubricShownOn(idOf(linked.organization), orgId) ? linked : undefined
    if (category?.slug) categories.set(category.slug, category)
    return [
      {
        id: String(post.id),
        title: post.title,
        slug,
        lead: post.lead ?? '',
        html: html(`post:${post.id}`, post.body),
        publishedAt: post.publishedAt ?? post.createdAt,
        updatedAt: post.updatedAt,
        category: category?.slug ? { slug: category.slug, title: category.title } : undefined,
        tags: post.tags ?? [],
        cover: mediaRef(post.cover),
        pinned: item.pinned,
        mandatory: post.mandatory ?? false,
        provenance: {
          orgId: String(origin.id),
          orgName: origin.name,
          orgShortName: origin.shortName,
          isOwn: String(origin.id) === String(orgId),
          canonicalUrl: `${directory.address(origin.id).url}news/${originSlug}/`,
        },
      },
    ]
  })

  const { pages, navigation } = sitePages(sources.pages.get(String(orgId)) ?? [], (body, id) =>
    html(`page:${id}`, body),
  )
  const documents = sources.documents.get(String(orgId)) ?? []

  return {
    version: 1,
    generatedAt: new Date().toISOString(),
    org: {
      id: String(org.id),
      key: self.key,
      name: org.name,
      shortName: org.shortName ?? undefined,
      kind: org.kind,
      slug: self.slug,
      about: org.about ?? undefined,
      memberCount: org.memberCount ?? undefined,
      contacts: compact(org.contacts),
      social: compact(org.social),
      infoOfficer: org.infoOfficer ? compact(org.infoOfficer) : undefined,
      leadership: leadershipEntry(org.leadership),
    },
    site: {
      host: address.host,
      origin: address.origin,
      basePath: address.basePath,
      theme: org.branding?.theme ?? 'federation',
      accentColor: org.branding?.accentColor ?? undefined,
      logo: mediaRef(org.branding?.logo),
    },
    ancestors: self.ancestors.map(link),
    memberships: self.memberships.map(link),
    children: (directory.children.get(String(orgId)) ?? []).map((c) => link(c.id)),
    members: directoryMembers(directory, orgId).map(link),
    navigation,
    pages,
    feed,
    categories: [...categories.values()].map((c) => ({
      slug: c.slug!,
      title: c.title,
      description: c.description ?? undefined,
    })),
    documents: documents.flatMap((d) =>
      d.filename
        ? [
            {
              id: String(d.id),
              title: d.title,
              docType: d.docType,
              year: d.year,
              description: d.description ?? undefined,
              url: documentUrl(d.filename),
              filename: d.filename,
              mimeType: d.mimeType ?? 'application/octet-stream',
              filesize: d.filesize ?? 0,
            },
          ]
        : [],
    ),
    upperDocuments: upperDocumentEntries(
      directory,
      sources.upperDocuments.get(String(orgId)) ?? [],
    ),
    redirects: slugRedirects(histories),
    privacyPolicy: org.privacyPolicy?.trim() || undefined,
  }
}

/** One org's snapshot, its sources read on their own (the batch path is collectSnapshots). */
export async function buildSnapshot(
  req: PayloadRequest,
  directory: OrgDirectory,
  orgId: OrgId,
): Promise<SnapshotInput> {
  const sources = await loadSnapshotSources(req, [orgId])
  sources.upperDocuments = await loadUpperDocuments(req, directory, [orgId])
  const links = docLinks(directory, sources)
  const html = (_id: string, body: unknown) => lexicalHtml(body, links)
  const eventsOf = await loadEventSources(req, directory, [orgId])
  return { ...assembleSnapshot(directory, orgId, sources, html), events: eventsOf(orgId, html) }
}

/** Drops empty strings and nulls, which the snapshot schema treats as absent. */
function compact<T extends object>(value: T | null | undefined): Partial<Record<keyof T, string>> {
  return Object.fromEntries(
    Object.entries(value ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
  ) as never
}
