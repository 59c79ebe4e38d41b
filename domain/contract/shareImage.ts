import type { MediaRef } from './snapshot'

/** Wide enough for every link preview (Open Graph, VK, Telegram), small enough to fetch fast. */
export const SHARE_IMAGE_MAX_WIDTH = 1200

export interface ShareImage {
  /** Root-relative file path; the caller makes it absolute on the reader's site. */
  url: string
  width: number
  height: number
  alt: string
}

const sameShape = (media: MediaRef, size: { width: number; height: number }) =>
  Math.abs(size.height - (size.width * media.height) / media.width) <= 1

/**
 * The file a link preview (og:image, JSON-LD `image`) shows of an upload: the largest size made
 * at upload that is at most 1200 px wide, of the original's proportions when one is (a crop could
 * cut the subject); when every size is wider, the narrowest. Never the original, which can be a
 * 12-megapixel photo, unless the upload has no size at all (an old upload, or a small image such
 * as a 256 px logo, for which sharp makes none).
 */
export function shareImage(media: MediaRef): ShareImage {
  const fitting = media.sizes.filter((size) => size.width <= SHARE_IMAGE_MAX_WIDTH)
  const shaped = fitting.filter((size) => sameShape(media, size))
  const pool = shaped.length > 0 ? shaped : fitting
  const byWidth = (a: { width: number }, b: { width: number }) => a.width - b.width
  const best = pool.length > 0 ? pool.sort(byWidth).at(-1) : [...media.sizes].sort(byWidth)[0]
  const file = best ?? media
  return { url: file.url, width: file.width, height: file.height, alt: media.alt }
}
