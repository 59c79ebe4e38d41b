import type { CollectionAfterChangeHook } from 'payload'
import { hasDrafts, readPublishedRow, type Row } from '../publishedRow'
import { takePublishedBefore } from './rememberPublished'

type AfterChangeArgs = Parameters<CollectionAfterChangeHook>[0]

/**
 * What the sites showed of a document before this save and must show after it. For
 * collections with drafts these are the published main rows (remembered by rememberPublished
 * and read again now); a newer draft is never what the sites show.
 */
export async function savedStates({
  doc,
  previousDoc,
  operation,
  collection,
  context,
  req,
}: AfterChangeArgs): Promise<{ before: Row | null; after: Row | null }> {
  const previous = operation === 'update' ? (previousDoc as Row) : null
  if (!hasDrafts(collection)) return { before: previous, after: doc as Row }
  const remembered =
    operation === 'update' ? takePublishedBefore(context, collection.slug, doc.id) : null
  // Not remembered (rememberPublished not wired): count the previous state as live, so that
  // nothing stays on a site; one rebuild too many is harmless.
  const before =
    remembered === undefined && previous
      ? { ...previous, _status: 'published' }
      : (remembered ?? null)
  return { before, after: await readPublishedRow(req, collection.slug, doc.id) }
}
