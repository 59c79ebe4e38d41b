import type { MediaRef } from '../../../domain/contract/snapshot'
import { responsiveImage } from '../../../domain/contract/responsiveImage'
import { escapeHtml } from './figureHtml'

/** One photo of a photo report: the image and the caption shown with it. */
export interface GalleryImage {
  media: MediaRef
  caption?: string | undefined
}

/** Grid cells are about a third of the prose column, half the screen on a phone. */
export const GALLERY_THUMB_SIZES = '(min-width: 48rem) 16rem, 50vw'

function img(media: MediaRef, sizes: string): string {
  const { src, srcset } = responsiveImage(media)
  return [
    `<img src="${escapeHtml(src)}"`,
    srcset ? ` srcset="${escapeHtml(srcset)}" sizes="${sizes}"` : '',
    ` width="${media.width}" height="${media.height}"`,
    ` alt="${escapeHtml(media.alt)}" loading="lazy" decoding="async">`,
  ].join('')
}

const caption = (text: string | undefined) =>
  text ? `<figcaption>${escapeHtml(text)}</figcaption>` : ''

/**
 * A photo report: a grid of thumbnails, each a link to its own overlay (`:target` in CSS, so
 * it opens without JavaScript) with the photo at the largest upload-time size, its caption and
 * previous / next / close links. The overlays are hidden until targeted, and a hidden lazy image
 * is not fetched, so the big files load only when a reader opens one. `n` numbers the galleries
 * of one text, making the fragment ids unique on the page. The overlays sit in one
 * `div.rt-lightboxes` with no other div inside, which the feeds drop (a feed reader has no
 * `:target` styles). site/src/scripts/mediaBlocks.ts adds keys and focus.
 */
export function galleryHtml(images: readonly GalleryImage[], n: number): string {
  if (images.length === 0) return ''
  const id = (i: number) => `rt-gallery-${n}-${((i + images.length) % images.length) + 1}`
  const thumbs = images.map(
    ({ media, caption: text }, i) =>
      // The number is read with the alt, and shown when the reader turns images off.
      `<li><figure><a class="rt-gallery__open" id="${id(i)}-open" href="#${id(i)}">${img(media, GALLERY_THUMB_SIZES)}<span class="rt-gallery__label">Фото ${i + 1} из ${images.length}</span></a>${caption(text)}</figure></li>`,
  )
  const boxes = images.map(({ media, caption: text }, i) => {
    const label = `Фото ${i + 1} из ${images.length}`
    return [
      `<section class="rt-lightbox" id="${id(i)}" role="dialog" aria-label="${label}">`,
      `<figure>${img(media, '100vw')}${caption(text)}</figure>`,
      '<p class="rt-lightbox__nav">',
      images.length > 1
        ? `<a class="rt-lightbox__prev" href="#${id(i - 1)}">Предыдущее</a><a class="rt-lightbox__next" href="#${id(i + 1)}">Следующее</a>`
        : '',
      `<a class="rt-lightbox__close" href="#${id(i)}-open">Закрыть</a>`,
      `<span class="rt-lightbox__count">${label}</span>`,
      '</p></section>',
    ].join('')
  })
  return [
    `<div class="rt-gallery" id="rt-gallery-${n}">`,
    `<ul class="rt-gallery__grid">${thumbs.join('')}</ul>`,
    `<div class="rt-lightboxes">${boxes.join('')}</div>`,
    '</div>',
  ].join('')
}
