/**
 * Photo reports in a feed: a feed reader shows the text without the site's CSS, so the
 * overlays of a gallery (cms/richText/html/galleryHtml.ts) would repeat every photo and its
 * `#fragment` links would point into the feed. The overlays go (their container holds no other
 * div) and the thumbnails stay as plain images; a video stays a poster linking to its host.
 */
const OVERLAYS = /<div class="rt-lightboxes">[\s\S]*?<\/div>/g
const OPEN_LINK = /<a class="rt-gallery__open" id="[^"]*" href="#[^"]*">([\s\S]*?)<\/a>/g

export function feedBlocksHtml(html: string): string {
  if (!html.includes('rt-gallery')) return html
  return html.replace(OVERLAYS, '').replace(OPEN_LINK, '$1')
}
