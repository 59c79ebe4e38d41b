import type { CollectionBeforeChangeHook, RequestContext } from 'payload'
import { hasDrafts, readPublishedRow, type Row } from '../publishedRow'

const KEY = 'publishedBefore'

type Remembered = Record<string, Row | null>

const keyOf = (collection: string, id: unknown) => `${collection}:${String(id)}`

/**
 * Before a save of a document with drafts, remembers its published row for the afterChange
 * tracking: once Payload has written the row it is gone, and the hooks' `previousDoc` is the
 * latest draft. Keyed by document, since one request may save several (bulk edits, nested
 * saves).
 */
export const rememberPublished: CollectionBeforeChangeHook = async ({
  collection,
  context,
  operation,
  originalDoc,
  req,
  data,
}) => {
  if (operation !== 'update' || !hasDrafts(collection) || originalDoc?.id === undefined) return data
  const remembered = ((context[KEY] as Remembered | undefined) ??= {})
  remembered[keyOf(collection.slug, originalDoc.id)] = await readPublishedRow(
    req,
    collection.slug,
    originalDoc.id,
  )
  return data
}

/**
 * The published row remembered before this save, taken once. `undefined` when nothing was
 * remembered (the hook is not wired for the collection).
 */
export function takePublishedBefore(
  context: RequestContext,
  collection: string,
  id: unknown,
): Row | null | undefined {
  const remembered = context[KEY] as Remembered | undefined
  const key = keyOf(collection, id)
  if (!remembered || !(key in remembered)) return undefined
  const row = remembered[key]
  delete remembered[key]
  return row
}
