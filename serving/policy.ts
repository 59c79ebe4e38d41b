/**
 * Caching and security headers, shared by the preview server and the nginx config so that a
 * browser sees the same rules in development and in production.
 */
import { MEDIA_CSP, SITE_CSP } from './contentSecurityPolicy'
import type { MediaDisposition } from './fileTypes'

export const CACHE_CONTROL = {
  /** `/_astro/` file names carry a content hash: a changed file is a new URL. */
  hashed: 'public, max-age=31536000, immutable',
  /**
   * Pages (and anything else under a site's folder) change at every publish, and every opening
   * of a page is a view in the visit statistics, counted from the access log (issue 18): kept,
   * but asked about each time (a 304 of a few hundred bytes when unchanged). With a `max-age`,
   * a page opened again within it never reached the server: its view and visit went uncounted.
   */
  page: 'public, no-cache',
  /** Uploads keep their names across edits rarely enough that a day is safe. */
  media: 'public, max-age=86400',
  /** A missing page may appear at the next publish. */
  notFound: 'no-cache',
} as const

export type CachePolicy = keyof typeof CACHE_CONTROL

/** Sent with every response of a site host (pages, assets, redirects, errors). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Content-Security-Policy': SITE_CSP,
}

/**
 * Sent with an upload under `/media/` instead: its own stricter policy, and documents as a
 * download (no file name: the browser takes the URL's, which the CMS has made safe).
 */
export function mediaHeaders(disposition: MediaDisposition): Readonly<Record<string, string>> {
  return {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': MEDIA_CSP,
    ...(disposition === 'attachment' ? { 'Content-Disposition': 'attachment' } : {}),
  }
}

/**
 * Requests no site can answer: longer paths are 404 without touching the disk (no file of the
 * sites has one; the file system would refuse a segment over 255 bytes with ENAMETOOLONG).
 * Host names follow DNS: 253 characters, 63 per label; a longer one is no site's.
 */
export const MAX_PATH_LENGTH = 2048
export const MAX_HOST_LENGTH = 253
export const MAX_HOST_LABEL_LENGTH = 63

/** Files smaller than this are not compressed on the fly (the header costs more than it saves). */
export const COMPRESS_MIN_BYTES = 256

/** gzip level for on-the-fly compression, the usual speed/size balance (nginx's default is 1). */
export const GZIP_LEVEL = 5

/** URL prefixes that every host shares: Astro's hashed assets and the CMS uploads. */
export const ASSETS_PREFIX = '/_astro/'
export const MEDIA_PREFIX = '/media/'

/**
 * The search indexes of every host, served on each host at `/_search/<host>/<file>` from
 * `<outDir>/<host>/_search/<file>` (a receiving site merges the indexes of the hosts above it
 * from its own origin). Only Pagefind's own file names; anything else there is 404.
 */
export const SEARCH_FILE =
  /^\/_search\/([a-z0-9][a-z0-9.-]*)\/((?:[\w-]+\/)?[\w-]+(?:\.[\w-]+)*\.(?:js|json|pagefind|pf_meta|pf_index|pf_fragment|pf_filter))$/
export const SEARCH_URL_PREFIX = '/_search/'
