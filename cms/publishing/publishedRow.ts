import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

/** A stored row as the database adapter returns it: relationships as ids. */
export interface Row {
  id: string | number
  _status?: string | null
  organization?: unknown
  [field: string]: unknown
}

/** Collections whose saves may be drafts: for them the main row alone is what the sites show. */
export const hasDrafts = (collection: Pick<CollectionConfig, 'versions'>): boolean =>
  typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)

/**
 * The document's main row — its published state, the one the sites are built from — read in
 * the editor's own transaction. Payload's `previousDoc` and `originalDoc` are the latest
 * version instead, which is a newer draft whenever one was saved after the last publish.
 */
export async function readPublishedRow(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
): Promise<Row | null> {
  return (await req.payload.db.findOne({
    collection,
    req,
    where: { id: { equals: id } },
  })) as Row | null
}
