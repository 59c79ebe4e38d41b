import { ARCHIVE_SEGMENT, SEGMENTS, SITE_FILES } from '../consts'
import type { SiteSettings } from '../../../domain/contract/snapshot'

/**
 * One Astro build has one `site` and `base`, so every site computes its own links here: hrefs
 * are root-relative on the site's host (a section site's include its /org/<slug> base path),
 * canonical and Open Graph URLs are absolute on the org's own origin.
 */
export type SiteLocation = Pick<SiteSettings, 'host' | 'origin' | 'basePath'>

/** Output folder under OUT_DIR and the `[...site]` route param: "kuzbass.localhost/org/shakhta". */
export function outputPrefix(site: SiteLocation): string {
  return site.host + site.basePath
}

/** Root-relative href of a site path: "/news/" → "/org/shakhta/news/" on a section site. */
export function href(site: SiteLocation, path: string): string {
  return site.basePath + path
}

/** Absolute URL of a site path on the org's own origin. */
export function absoluteUrl(site: SiteLocation, path: string): string {
  return site.origin + site.basePath + path
}

/** Absolute URL of a host-level file (media, documents), which ignore the base path. */
export function fileUrl(site: SiteLocation, file: string): string {
  return site.origin + file
}

const { news, newsPage, rubric, documents, contacts, structure, notFound } = SEGMENTS

function listPath(base: string, page: number): string {
  return page <= 1 ? base : `${base}${newsPage}/${page}/`
}

export type FeedFormat = 'rss' | 'atom'

/** Site paths of the generated pages (static pages carry their own `path`). */
export const paths = {
  home: '/',
  news: (page = 1) => listPath(`/${news}/`, page),
  rubric: (slug: string, page = 1) => listPath(`/${news}/${rubric}/${slug}/`, page),
  /** The items of one year: /news/archive/2025/, its later pages under …/page/<n>/. */
  archive: (year: string, page = 1) => listPath(`/${news}/${ARCHIVE_SEGMENT}/${year}/`, page),
  article: (slug: string) => `/${news}/${slug}/`,
  documents: `/${documents}/`,
  contacts: `/${contacts}/`,
  structure: `/${structure}/`,
  notFound: `/${notFound}/`,
  /** The site's whole feed at its root, a rubric's feed beside the rubric's list page. */
  feed: (format: FeedFormat, rubricSlug?: string) =>
    `${rubricSlug ? `/${news}/${rubric}/${rubricSlug}/` : '/'}${SITE_FILES[format]}`,
  sitemap: `/${SITE_FILES.sitemap}`,
} as const

/** A route param for a site path: no leading or trailing slash (Astro trims them anyway). */
export function routeParam(prefix: string, path = '/'): string {
  return (prefix + path).replace(/^\/+|\/+$/g, '')
}
