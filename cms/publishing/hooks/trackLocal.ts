import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'
import { idOf } from '../../services/refs'
import { recordChange } from '../recordChange'

const NAMES: Partial<Record<CollectionSlug, string>> = {
  pages: 'Страница',
  documents: 'Документ',
  'feed-decisions': 'Решение по ленте',
  media: 'Изображение',
}

const titleOf = (doc: Record<string, unknown>) =>
  String(doc.title ?? doc.alt ?? doc.filename ?? doc.id ?? '')

/**
 * Content shown only on its owner's site (pages, documents, receiver decisions). Images are
 * shown wherever their posts go, so they record a media change.
 */
export const trackLocalChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  collection,
  operation,
}) => {
  const org = idOf(doc.organization)
  if (org === null) return doc
  const wasDraft = operation === 'create' || previousDoc?._status === 'draft'
  if (doc._status === 'draft' && wasDraft) return doc
  const reason = `${NAMES[collection.slug] ?? collection.slug}: ${titleOf(doc)}`
  if (collection.slug === 'media' && operation === 'update') {
    await recordChange(req, { kind: 'media', org, media: doc.id }, reason)
  } else {
    await recordChange(req, { kind: 'local', org }, reason)
  }
  return doc
}

export const trackLocalDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  const org = idOf(doc.organization)
  if (org === null) return doc
  await recordChange(
    req,
    { kind: 'local', org },
    `Удалено (${NAMES[collection.slug] ?? collection.slug}): ${titleOf(doc)}`,
  )
  return doc
}

/** Rubric names appear on every site that shows a post of the rubric: rebuild everything. */
export const trackSharedChange: CollectionAfterChangeHook = async ({ doc, req, operation }) => {
  if (operation === 'create') return doc
  await recordChange(req, { kind: 'everything' }, `Рубрика: ${titleOf(doc)}`)
  return doc
}

export const trackSharedDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordChange(req, { kind: 'everything' }, `Удалена рубрика: ${titleOf(doc)}`)
  return doc
}
