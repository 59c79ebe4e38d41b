/**
 * Where a tag chip links: the site's search for the tag (src/pages/[...site]/search/ reads `q`).
 * A switch, not a file check at render time: the static build and the publishing renderer must
 * write the same bytes; set it to false if the search page goes away (tags then stay plain text).
 */
export const SITE_HAS_SEARCH = true

export function tagSearchPath(tag: string, hasSearch = SITE_HAS_SEARCH): string | undefined {
  return hasSearch ? `/search/?q=${encodeURIComponent(tag)}` : undefined
}
