import type { MediaRef } from '../../../domain/contract/snapshot'
import { responsiveImage } from '../../../domain/contract/responsiveImage'

/** HTML-escapes text for an attribute or element content. */
export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** The prose column's width: the browser picks the size it needs from the srcset. */
export const TEXT_IMAGE_SIZES = '(min-width: 72rem) 48rem, 100vw'

/**
 * An image placed in the text, as covers are shown (site/src/components/MediaImage.astro): the
 * upload-time sizes the sites serve under /media/images/, intrinsic width and height (no layout
 * shift), loaded lazily, and the editor's caption under it.
 */
export function figureHtml(media: MediaRef): string {
  const { src, srcset } = responsiveImage(media)
  const attrs = [
    `src="${escapeHtml(src)}"`,
    srcset ? `srcset="${escapeHtml(srcset)}" sizes="${TEXT_IMAGE_SIZES}"` : '',
    `width="${media.width}" height="${media.height}"`,
    `alt="${escapeHtml(media.alt)}"`,
    'loading="lazy" decoding="async"',
  ].filter(Boolean)
  const caption = media.caption ? `<figcaption>${escapeHtml(media.caption)}</figcaption>` : ''
  return `<figure class="rt-figure"><img ${attrs.join(' ')}>${caption}</figure>`
}
