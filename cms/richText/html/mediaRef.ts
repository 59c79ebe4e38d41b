import type { Media } from '../../payload-types'

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const
type ImageType = (typeof IMAGE_TYPES)[number]
const imageType = (t: string | null | undefined): ImageType | undefined =>
  (IMAGE_TYPES as readonly string[]).includes(t ?? '') ? (t as ImageType) : undefined

/**
 * Every site links the one uploaded copy: `/media/` on every host serves the uploads folder
 * (`DATA_DIR/uploads`), images under `images/`, documents under `documents/`.
 */
export const mediaUrl = (filename: string) => `/media/images/${encodeURIComponent(filename)}`
export const documentUrl = (filename: string) => `/media/documents/${encodeURIComponent(filename)}`

export function mediaRef(doc: Media | number | string | null | undefined) {
  if (!doc || typeof doc !== 'object' || !doc.filename || !doc.width || !doc.height)
    return undefined
  const sizes = Object.entries(doc.sizes ?? {}).flatMap(([name, size]) =>
    size?.filename && size.width && size.height && imageType(size.mimeType)
      ? [
          {
            name,
            url: mediaUrl(size.filename),
            width: size.width,
            height: size.height,
            mimeType: imageType(size.mimeType)!,
          },
        ]
      : [],
  )
  return {
    url: mediaUrl(doc.filename),
    alt: doc.alt ?? '',
    width: doc.width,
    height: doc.height,
    mimeType: imageType(doc.mimeType),
    sizes,
    caption: doc.caption?.trim() || undefined,
  }
}
