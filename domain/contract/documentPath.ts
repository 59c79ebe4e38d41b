import { OWN_NEWS_SEGMENT, SEGMENTS } from './siteUrls'

/** What an admin document is, as far as its address on its own org's site goes. */
export type DocumentPlace =
  | { kind: 'post'; slug: string; orgSlug: string }
  | { kind: 'event'; slug: string }
  /** `slugs`: the page's parents' slugs first, the page's own last. */
  | { kind: 'page'; slugs: readonly string[] }
  | { kind: 'document' }

/**
 * A post's slug on its origin's own site: its own, except the reserved `own` (the own-news list
 * /news/own/), which takes the org's slug as a suffix — the rule the snapshot applies.
 */
export const originSlugOf = (slug: string, orgSlug: string): string =>
  slug === OWN_NEWS_SEGMENT ? `${slug}-${orgSlug}` : slug

/**
 * Where a document lives on its own org's site, relative to the site's base (no leading slash,
 * a trailing one): `news/<slug>/`, `events/<slug>/`, the page's nested path, or the documents
 * page for an uploaded document (its file is listed there).
 */
export function documentPath(place: DocumentPlace): string {
  switch (place.kind) {
    case 'post':
      return `${SEGMENTS.news}/${originSlugOf(place.slug, place.orgSlug)}/`
    case 'event':
      return `${SEGMENTS.events}/${place.slug}/`
    case 'page':
      return `${place.slugs.join('/')}/`
    case 'document':
      return `${SEGMENTS.documents}/`
  }
}
