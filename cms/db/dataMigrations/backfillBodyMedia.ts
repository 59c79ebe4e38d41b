import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { richTextMedia } from '../../../domain/richText/richTextNodes'

const TEXT_COLLECTIONS = ['posts', 'pages', 'events'] as const satisfies readonly CollectionSlug[]
const PAGE_SIZE = 500

/** The ids as the database holds them (numbers on SQLite and PostgreSQL), as bodyMediaField does. */
function storedIds(ids: readonly string[]): (string | number)[] {
  return ids.map((id) => (/^[0-9]+$/.test(id) ? Number(id) : id))
}

/**
 * Fills `bodyMedia` (cms/fields/bodyMediaField.ts) for the texts saved before the field existed:
 * without it, editing an image they show inline would leave them stale on every site. Only the
 * derived list is written (through the adapter: no hooks, no new version, `updatedAt` kept, no
 * publishing change — the published HTML is already right). Images deleted since are skipped,
 * as the foreign key demands. Idempotent; returns how many texts it filled.
 */
export async function backfillBodyMedia(payload: Payload, req?: PayloadRequest): Promise<number> {
  let filled = 0
  for (const collection of TEXT_COLLECTIONS) {
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection,
        select: { body: true, bodyMedia: true },
        depth: 0,
        limit: PAGE_SIZE,
        page,
        sort: 'id',
        overrideAccess: true,
        req,
      })
      for (const doc of docs as { id: string | number; body?: unknown; bodyMedia?: unknown[] }[]) {
        const wanted = richTextMedia(doc.body)
        if (wanted.length === 0 || (doc.bodyMedia?.length ?? 0) > 0) continue
        const existing = await payload.find({
          collection: 'media',
          where: { id: { in: storedIds(wanted) } },
          select: {},
          depth: 0,
          limit: wanted.length,
          pagination: false,
          overrideAccess: true,
          req,
        })
        const kept = new Set(existing.docs.map((media) => String(media.id)))
        const ids = wanted.filter((id) => kept.has(id))
        if (ids.length === 0) continue
        await payload.db.updateOne({
          collection,
          id: doc.id,
          data: { bodyMedia: storedIds(ids) },
          req,
          returning: false,
        })
        filled++
      }
      if (!hasNextPage) break
    }
  }
  return filled
}
