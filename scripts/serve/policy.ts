/**
 * Caching and security headers, shared by the preview server and the nginx config so that a
 * browser sees the same rules in development and in production.
 */
export const CACHE_CONTROL = {
  /** `/_astro/` file names carry a content hash: a changed file is a new URL. */
  hashed: 'public, max-age=31536000, immutable',
  /** Pages (and anything else under a site's folder) change at every publish: check each minute. */
  page: 'public, max-age=60, must-revalidate',
  /** Uploads keep their names across edits rarely enough that a day is safe. */
  media: 'public, max-age=86400',
  /** A missing page may appear at the next publish. */
  notFound: 'no-cache',
} as const

export type CachePolicy = keyof typeof CACHE_CONTROL

/** Sensible for static sites without scripts; sent with every response, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

/** Files smaller than this are not compressed on the fly (the header costs more than it saves). */
export const COMPRESS_MIN_BYTES = 256

/** gzip level for on-the-fly compression, the usual speed/size balance (nginx's default is 1). */
export const GZIP_LEVEL = 5

/** URL prefixes that every host shares: Astro's hashed assets and the CMS uploads. */
export const ASSETS_PREFIX = '/_astro/'
export const MEDIA_PREFIX = '/media/'
