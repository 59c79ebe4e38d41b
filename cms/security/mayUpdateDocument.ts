import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Whether the signed-in user of `req` may update one document, by the collection's own update
 * access (a boolean or a `where` the document must match). Internal collections that point at
 * documents (locks, scheduled jobs) borrow this rule instead of inventing their own.
 */
export async function mayUpdateDocument(
  req: PayloadRequest,
  slug: string,
  id: string | number | null | undefined,
): Promise<boolean> {
  if (!req.user || id === null || id === undefined || id === '') return false
  const config = req.payload.collections[slug as CollectionSlug]?.config
  const access = config?.access?.update
  if (!config || !access) return false
  // Ids are numbers on SQL and strings on MongoDB; the generated types know one of them.
  const result = await access({ req, id: id as never })
  if (result === true) return true
  if (!result) return false
  const { totalDocs } = await req.payload.count({
    collection: config.slug,
    where: { and: [{ id: { equals: id } }, result] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
