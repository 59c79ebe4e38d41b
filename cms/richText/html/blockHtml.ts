import type { Media } from '../../payload-types'
import { parseVideoUrl } from '../../../domain/richText/videoLink'
import { galleryHtml, type GalleryImage } from './galleryHtml'
import { mediaRef } from './mediaRef'
import { videoHtml } from './videoHtml'

type BlockFields = Record<string, unknown>
type BlockConverter = (args: { node: { fields: BlockFields } }) => string

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)

/**
 * The converters of the blocks the editor offers (domain/richText/blockProblems.ts), for one
 * text: galleries are numbered in document order so that their fragment ids are unique on the
 * page. Images are read populated (the snapshot's query); one not loaded or without a file is
 * left out, a gallery with no image left and a video with a bad link show nothing.
 */
export function blockConverters(): Record<'gallery' | 'video', BlockConverter> {
  let galleries = 0
  const converters: Record<'gallery' | 'video', BlockConverter> = {
    gallery: ({ node }) => {
      const rows = Array.isArray(node.fields.images) ? node.fields.images : []
      const images: GalleryImage[] = rows.flatMap((row: { image?: unknown; caption?: unknown }) => {
        const media = mediaRef(row?.image as Media)
        // The caption written in the gallery replaces the image's own.
        return media ? [{ media, caption: text(row.caption) ?? media.caption }] : []
      })
      return images.length > 0 ? galleryHtml(images, ++galleries) : ''
    },
    video: ({ node }) => {
      const video = parseVideoUrl(node.fields.url)
      if (!video) return ''
      return videoHtml(video, text(node.fields.title), mediaRef(node.fields.poster as Media))
    },
  }
  // No prototype: Lexical looks converters up by the stored blockType («constructor»…).
  return Object.assign(Object.create(null) as typeof converters, converters)
}
