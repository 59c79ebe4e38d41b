import type { MediaRef } from '../../../domain/contract/snapshot'
import { responsiveImage } from '../../../domain/contract/responsiveImage'
import type { VideoLink } from '../../../domain/richText/videoLink'
import { escapeHtml, TEXT_IMAGE_SIZES } from './figureHtml'

/**
 * A video in the text: nothing from the video host until the reader asks for it (152-ФЗ, page
 * weight). A poster — the editor's image in its upload-time sizes, else a styled placeholder,
 * never the host's thumbnail — inside a link to the video on its host (what a reader without
 * JavaScript follows); site/src/scripts/mediaBlocks.ts swaps in the player from `data-embed` on
 * click. The embed URL comes from parseVideoUrl, which rebuilds it from the id.
 */
export function videoHtml(video: VideoLink, title: string | undefined, poster?: MediaRef): string {
  const name = title || `видео ${video.providerName}`
  const image = poster ? responsiveImage(poster) : undefined
  const picture =
    poster && image
      ? [
          `<img src="${escapeHtml(image.src)}"`,
          image.srcset ? ` srcset="${escapeHtml(image.srcset)}" sizes="${TEXT_IMAGE_SIZES}"` : '',
          ` width="${poster.width}" height="${poster.height}" alt="" loading="lazy" decoding="async">`,
        ].join('')
      : '<span class="rt-video__placeholder"></span>'
  return [
    `<figure class="rt-video" data-embed="${escapeHtml(video.embedUrl)}" data-title="${escapeHtml(name)}">`,
    `<a class="rt-video__link" href="${escapeHtml(video.watchUrl)}" aria-label="${escapeHtml(`Смотреть видео: ${name}`)}">`,
    picture,
    '<span class="rt-video__play" aria-hidden="true"></span>',
    '</a>',
    `<figcaption>${title ? `${escapeHtml(title)} · ` : ''}${escapeHtml(video.providerName)}</figcaption>`,
    '</figure>',
  ].join('')
}
