import type { MediaRef } from './snapshot'

/** A size keeps the original's proportions when its height is the scaled one, ±1 px rounding. */
const sameShape = (media: MediaRef, size: { width: number; height: number }) =>
  Math.abs(size.height - (size.width * media.height) / media.width) <= 1

/**
 * The files an <img> of an upload offers: the upload-time sizes of the original's proportions
 * (cropped ones such as a 4:3 thumbnail would distort it), smallest first, `src` the largest —
 * never the original, which can be a 12-megapixel photo. Only an image with no such size (an
 * old upload) falls back to the original.
 */
export function responsiveImage(media: MediaRef): { src: string; srcset?: string } {
  const byWidth = new Map<number, string>()
  for (const size of media.sizes) if (sameShape(media, size)) byWidth.set(size.width, size.url)
  if (byWidth.size === 0) return { src: media.url }
  const widths = [...byWidth.keys()].sort((a, b) => a - b)
  return {
    src: byWidth.get(widths.at(-1)!)!,
    srcset: widths.map((w) => `${byWidth.get(w)} ${w}w`).join(', '),
  }
}
