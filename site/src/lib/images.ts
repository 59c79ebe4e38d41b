import type { MediaRef } from '../../../domain/contract/snapshot'
import { responsiveImage } from '../../../domain/contract/responsiveImage'

/**
 * `src` and `srcset` of an image from its upload-time sizes (the CMS resizes once with sharp; the
 * site does no image work): never the original file when a size of its proportions exists.
 */
export function imageFiles(media: MediaRef): { src: string; srcset?: string } {
  return responsiveImage(media)
}

/** `srcset` of an image, undefined when it has no upload-time size of its proportions. */
export function srcsetOf(media: MediaRef): string | undefined {
  return responsiveImage(media).srcset
}
