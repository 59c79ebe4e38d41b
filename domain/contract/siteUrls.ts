/** The sites' language and URL scheme, shared by the snapshot contract and the site pages. */

export const LOCALE = 'ru-RU'

/** URL segments of a site. Static pages may not use them as their first segment. */
export const SEGMENTS = {
  news: 'news',
  newsPage: 'page',
  rubric: 'rubric',
  documents: 'documents',
  contacts: 'contacts',
  structure: 'structure',
  notFound: '404',
  /** Section sites of member orgs live under /org/<slug>/ of their host site. */
  sections: 'org',
} as const
/**
 * The archive by year, under /news/ only (/news/archive/2025/): not reserved for static pages,
 * and a post slugged `archive` still has its own /news/archive/ beside the years.
 */
export const ARCHIVE_SEGMENT = 'archive'

/** Files at the root of every site (host or section) and at the root of every host. */
export const SITE_FILES = {
  rss: 'rss.xml',
  atom: 'atom.xml',
  /** The site's own urlset; the host's sitemap.xml is an index of these. */
  sitemap: 'sitemap-site.xml',
} as const
export const HOST_FILES = {
  sitemapIndex: 'sitemap.xml',
  robots: 'robots.txt',
  /** Old path → new path of every site on the host, read by the preview server and nginx-config. */
  redirects: 'redirects.json',
} as const

/** Also taken on every host: shared build assets and uploaded media. */
export const RESERVED_SEGMENTS: readonly string[] = [...Object.values(SEGMENTS), '_astro', 'media']
