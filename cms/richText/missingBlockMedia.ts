import type { PayloadRequest } from 'payload'
import { richTextBlockMedia } from '../../domain/richText/richTextNodes'

const idOf = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? String(v) : '')

/**
 * The images a text's photo reports and video posters name must be in «Изображения»: an id of
 * a document or of nothing would leave a hole in the gallery. One query for the whole text;
 * undefined when every image exists (the shapes were checked by richTextProblems before).
 */
export async function missingBlockMedia(
  req: PayloadRequest | undefined,
  value: unknown,
): Promise<string | undefined> {
  const ids = [
    ...new Set(
      richTextBlockMedia(value).map((v) =>
        idOf(typeof v === 'object' && v !== null ? (v as { id?: unknown }).id : v),
      ),
    ),
  ]
  if (ids.length === 0 || !req) return undefined
  // An id the database cannot hold («abc» for a number) is missing, not a query error.
  const numeric = req.payload.db.defaultIDType === 'number'
  const valid = ids.filter((id) => !numeric || /^[1-9][0-9]{0,15}$/.test(id))
  if (valid.length === 0)
    return `изображений ${ids.map((id) => `№ ${id}`).join(', ')} нет в «Изображениях»`
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: valid } },
    select: { mimeType: true },
    depth: 0,
    limit: ids.length + 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const found = new Set(
    docs.filter((d) => /^image\//.test(d.mimeType ?? '')).map((d) => String(d.id)),
  )
  const missing = ids.filter((id) => !found.has(id))
  return missing.length > 0
    ? `изображений ${missing.map((id) => `№ ${id}`).join(', ')} нет в «Изображениях»`
    : undefined
}
