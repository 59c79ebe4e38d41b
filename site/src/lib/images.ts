import type { MediaRef } from '../../../domain/contract/snapshot'

/**
 * `srcset` of an image from its upload-time sizes (the CMS resizes once with sharp; the site does
 * no image work). Only sizes in the original's format, so one <img> needs no <picture>.
 */
export function srcsetOf(media: MediaRef): string | undefined {
  const sameType = media.sizes.filter((s) => !media.mimeType || s.mimeType === media.mimeType)
  const candidates = [...sameType, { url: media.url, width: media.width }]
  const byWidth = new Map(candidates.map((c) => [c.width, c.url]))
  if (byWidth.size < 2) return undefined
  return [...byWidth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([width, url]) => `${url} ${width}w`)
    .join(', ')
}
