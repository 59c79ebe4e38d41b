import { parseVideoUrl, VIDEO_URL_ERROR } from './videoLink'

/**
 * The blocks of article text the sites render (cms/richText/html/galleryHtml.ts,
 * videoHtml.ts): a photo report and a video. The limits are shared by the editor's fields
 * (cms/richText/blocks/) and the refusal on save, so both say the same thing.
 */
export const RICH_TEXT_BLOCKS = ['gallery', 'video'] as const
export const GALLERY_MIN = 2
export const GALLERY_MAX = 30
export const CAPTION_MAX = 300
export const VIDEO_TITLE_MAX = 200

const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/**
 * An image reference as Payload stores it in a block (an id) or hands it back populated (a
 * media document); anything else — a `{ relationTo, value }` pair, a document, a file that is
 * not an image — is not an image of «Изображения».
 */
export function isMediaRef(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0
  if (typeof value === 'string') return /^[0-9a-f-]{1,36}$/i.test(value)
  if (!record(value) || 'relationTo' in value) return false
  const mime = value.mimeType
  return (
    isMediaRef(value.id) && (mime === undefined || mime === null || /^image\//.test(String(mime)))
  )
}

const optionalText = (v: unknown, max: number) =>
  v === undefined || v === null || (typeof v === 'string' && v.length <= max)

function galleryProblem(fields: Record<string, unknown>): string | undefined {
  const images = fields.images
  if (!Array.isArray(images) || images.length < GALLERY_MIN || images.length > GALLERY_MAX)
    return `фоторепортаж: от ${GALLERY_MIN} до ${GALLERY_MAX} фотографий`
  for (const row of images) {
    if (!record(row) || !isMediaRef(row.image))
      return 'фоторепортаж: в нём могут быть только изображения из «Изображений»'
    if (!optionalText(row.caption, CAPTION_MAX))
      return `фоторепортаж: подпись длиннее ${CAPTION_MAX} знаков`
  }
  return undefined
}

function videoProblem(fields: Record<string, unknown>): string | undefined {
  if (!parseVideoUrl(fields.url)) return VIDEO_URL_ERROR.replace(/^С/, 'с')
  if (!optionalText(fields.title, VIDEO_TITLE_MAX))
    return `видео: название длиннее ${VIDEO_TITLE_MAX} знаков`
  const poster = fields.poster
  if (poster !== undefined && poster !== null && !isMediaRef(poster))
    return 'видео: обложкой может быть только изображение из «Изображений»'
  return undefined
}

/** Why a `block` node cannot be rendered, or undefined when it can. */
export function blockProblem(node: Record<string, unknown>): string | undefined {
  const fields = record(node.fields) ? node.fields : {}
  const kind = fields.blockType
  if (kind === 'gallery') return galleryProblem(fields)
  if (kind === 'video') return videoProblem(fields)
  return `блок «${String(kind)}» сайты не показывают: в текст можно вставить фоторепортаж или видео`
}

/** The ids of the images a text's blocks name (photo reports and posters), for a lookup. */
export function blockMediaIds(node: Record<string, unknown>): unknown[] {
  const fields = record(node.fields) ? node.fields : {}
  const ids: unknown[] = []
  const idOf = (v: unknown) => (record(v) ? v.id : v)
  if (fields.blockType === 'gallery' && Array.isArray(fields.images))
    for (const row of fields.images) if (record(row)) ids.push(idOf(row.image))
  if (fields.blockType === 'video' && fields.poster !== undefined && fields.poster !== null)
    ids.push(idOf(fields.poster))
  return ids
}
