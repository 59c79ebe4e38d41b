/**
 * What the snapshot loaders (snapshotSources, eventSources, upperDocuments) share about their
 * queries: the size of an `in` list, and what a populated relation brings.
 */

/** Ids per `in` query: keeps statements and their parameter lists a sensible size. */
export const CHUNK = 500

export const chunks = <T>(list: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) =>
    list.slice(i * CHUNK, (i + 1) * CHUNK),
  )

/**
 * Only what mediaRef reads of an image, what a snapshot lists of a rubric, and what a link in
 * rich text needs of its post or page (lexicalHtml, docLinks): images and links in a body are
 * populated by the same query as the body, never one query per node.
 */
export const SOURCE_POPULATE = {
  media: {
    alt: true,
    caption: true,
    filename: true,
    width: true,
    height: true,
    mimeType: true,
    sizes: true,
  },
  // The owner decides on which site a rubric shows (rubricShownOn).
  categories: { slug: true, title: true, description: true, organization: true },
  posts: { title: true, slug: true, organization: true, _status: true },
  pages: { title: true, slug: true, organization: true, _status: true },
  organizations: { slug: true },
} as const

/** What a document's entry on a Документы page shows, and whose it is. */
export const DOCUMENT_SELECT = {
  title: true,
  docType: true,
  year: true,
  description: true,
  filename: true,
  mimeType: true,
  filesize: true,
  organization: true,
} as const

/** What a snapshot shows of a post (its feed entry and article); populated with SOURCE_POPULATE. */
export const POST_SOURCE_SELECT = {
  title: true,
  slug: true,
  lead: true,
  body: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  category: true,
  tags: true,
  cover: true,
  oldSlugs: true,
  mandatory: true,
} as const
