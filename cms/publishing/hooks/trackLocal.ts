import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'
import { idOf } from '../../services/refs'
import { publishTransition } from '../../../domain/publishing/publishTransition'
import { recordChange } from '../recordChange'
import { savedStates } from './savedStates'

const NAMES: Partial<Record<CollectionSlug, string>> = {
  pages: 'Страница',
  documents: 'Документ',
  'feed-decisions': 'Решение по ленте',
  media: 'Изображение',
}

const titleOf = (doc: Record<string, unknown>) =>
  String(doc.title ?? doc.alt ?? doc.filename ?? doc.id ?? '')

/**
 * Content shown only on its owner's site (pages, documents, receiver decisions): its site
 * changes when its PUBLISHED state does — a page unpublished with a newer draft saved after its
 * last publish included; a draft saved beside a published page changes nothing. Images are
 * shown wherever their posts go, so they record a media change.
 */
export const trackLocalChange: CollectionAfterChangeHook = async (args) => {
  const { doc, req, collection, operation } = args
  const { before, after } = await savedStates(args)
  const states = publishTransition(before, after)
  // A page moved to another org leaves one site and enters another.
  const orgs = new Map(
    states
      .map((s) => idOf(s.organization))
      .filter((org) => org !== null)
      .map((org) => [String(org), org!]),
  )
  const reason = `${NAMES[collection.slug] ?? collection.slug}: ${titleOf(states.at(-1) ?? doc)}`
  for (const org of orgs.values()) {
    if (collection.slug === 'media' && operation === 'update') {
      await recordChange(req, { kind: 'media', org, media: doc.id }, reason)
    } else {
      await recordChange(req, { kind: 'local', org }, reason)
    }
  }
  return doc
}

export const trackLocalDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  const org = idOf(doc.organization)
  // The deleted row is the published state: a page that was never published was on no site.
  if (org === null || publishTransition(doc, null).length === 0) return doc
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
