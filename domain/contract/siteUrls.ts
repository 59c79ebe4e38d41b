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
  events: 'events',
  notFound: '404',
  /** The site's search page. */
  search: 'search',
  /** The feedback form and its confirmation (/feedback/sent/). */
  feedback: 'feedback',
  /** The personal-data policy the form's consent links to. */
  privacy: 'privacy',
  /** The weekly notice board (стенд): /stand/, its print pages and PDFs (issue 17). */
  stand: 'stand',
  /** The e-mail subscription form and its «check your mail» page (issue 17). */
  subscribe: 'subscribe',
  /** Section sites of member orgs live under /org/<slug>/ of their host site. */
  sections: 'org',
} as const
/**
 * The archive by year, under /news/ only (/news/archive/2025/): not reserved for static pages,
 * and a post slugged `archive` still has its own /news/archive/ beside the years.
 */
export const ARCHIVE_SEGMENT = 'archive'
/**
 * The list of a site's own news, /news/own/ (beside «Все новости» at /news/). A post slugged
 * `own` would take that address, so the snapshot gives it its origin org's slug as a suffix.
 */
export const OWN_NEWS_SEGMENT = 'own'

/** Files at the root of every site (host or section) and at the root of every host. */
export const SITE_FILES = {
  rss: 'rss.xml',
  atom: 'atom.xml',
  /** The site's own urlset; the host's sitemap.xml is an index of these. */
  sitemap: 'sitemap-site.xml',
  /** The site's events as an iCalendar feed. */
  calendar: 'events.ics',
} as const
export const HOST_FILES = {
  sitemapIndex: 'sitemap.xml',
  robots: 'robots.txt',
  /** Old path → new path of every site on the host, read by the preview server and nginx-config. */
  redirects: 'redirects.json',
} as const

/** Also taken on every host: shared build assets and uploaded media. */
export const RESERVED_SEGMENTS: readonly string[] = [
  ...Object.values(SEGMENTS),
  '_astro',
  'media',
  // The hosts' search indexes, served on every host (site/src/lib/searchPaths.ts).
  '_search',
  // The form posts and its challenge, forwarded to the CMS (serving/formsProxy.ts).
  '_forms',
]
