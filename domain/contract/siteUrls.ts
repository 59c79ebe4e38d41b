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
} as const

/** Also taken on every host: shared build assets and uploaded media. */
export const RESERVED_SEGMENTS: readonly string[] = [...Object.values(SEGMENTS), '_astro', 'media']
