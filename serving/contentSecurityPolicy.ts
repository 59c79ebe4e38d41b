/**
 * The Content-Security-Policy of the sites, one string for the preview server and nginx alike.
 * Sites are static: no script but the accessibility one, no frames but the video players a
 * reader starts, no plug-ins, no forms that leave the host. An editor's upload or a text that slipped past the sanitiser can therefore run
 * nothing on a site's origin (the federation's editors browse it logged in to the admin).
 */
import { createHash } from 'node:crypto'
import { a11yScript } from '../site/src/lib/a11y'
import { VIDEO_EMBED_ORIGINS } from '../domain/richText/videoLink'

/** The CSP source for an inline script: sha256 of its exact text (as the page carries it). */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`
}

/**
 * Every inline script a page of the sites carries. Only the accessibility mode's: it has to run
 * before the first paint (an external file would cost a render-blocking request on every first
 * visit), and it is the same on every page, so one hash allows it. JSON-LD blocks are data, not
 * scripts: CSP does not apply to them. A new inline script must be added here, or the browser
 * refuses it (the serve and e2e tests check the built pages against this list).
 */
export const INLINE_SCRIPTS: readonly string[] = [a11yScript()]

/**
 * For pages and everything else on a site host.
 * - script-src: same-origin files (Astro's bundled `/_astro/*.js`, none today) and the hashes;
 *   never inline handlers, `javascript:` URLs or foreign hosts. Uploads can't be scripts: the
 *   `/media/` allow-list has no script type and every answer is `nosniff`.
 * - styles: the theme's brand colours are CSS variables in `<html style>`, and CMS text may keep
 *   `style` attributes, so attributes need 'unsafe-inline' (style-src-attr); `<style>` elements
 *   are not needed (the build links its CSS) and stay forbidden where the browser knows
 *   style-src-elem. Browsers before it (Safari < 15.4) read style-src, so that carries
 *   'unsafe-inline' too, else they would lose the brand colours.
 * - form-action 'self': the feedback form posts to `/_forms/` on the same host (forwarded to
 *   the CMS). Its ALTCHA widget needs nothing more: the `altcha/external` build has no `<style>`
 *   element or `blob:` worker; its CSS is in the shared stylesheet and its workers are
 *   same-origin `/_astro/` files, which worker-src (falling back to script-src 'self') allows.
 * - frame-ancestors 'none': no site is framed (click-jacking of the accessibility panel, links).
 */
export const SITE_CSP = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': the search (Pagefind) compiles its same-origin WebAssembly; it allows
  // no eval() of strings and no foreign script.
  `script-src 'self' 'wasm-unsafe-eval' ${INLINE_SCRIPTS.map(scriptHash).join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "style-src-elem 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  // Video players, framed only after a reader's click on a poster (site/src/scripts/mediaBlocks.ts):
  // exactly the embed hosts of domain/richText/videoLink.ts, nothing else (not even 'self').
  `frame-src ${VIDEO_EMBED_ORIGINS.join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * For uploads under `/media/`: an image opened on its own needs nothing else, a document is a
 * download. `sandbox` puts anything a browser might still render in a unique origin, away from
 * the site's cookies and storage.
 */
export const MEDIA_CSP = [
  "default-src 'none'",
  "img-src 'self'",
  "style-src 'unsafe-inline'",
  'sandbox',
  "frame-ancestors 'none'",
].join('; ')
