/** A permanent redirect of a site, as site paths (`/news/old/` → `/news/new/`). */
export interface SlugRedirect {
  from: string
  to: string
}

export interface SlugHistory {
  /** The item's slug on this site now. */
  slug: string
  /** Slugs the post was published under before. */
  oldSlugs: readonly string[]
}

const articlePath = (slug: string) => `/news/${slug}/`

/**
 * The redirects of one site: each old slug of a listed item to the item's address now. An old
 * slug that is some item's address today stays that item's (a live page never redirects), and
 * one claimed by two items goes to the first listed, so the table is a function of the list.
 */
export function slugRedirects(items: readonly SlugHistory[]): SlugRedirect[] {
  const live = new Set(items.map((item) => item.slug))
  const table = new Map<string, string>()
  for (const item of items) {
    for (const old of item.oldSlugs) {
      if (live.has(old) || table.has(old)) continue
      table.set(old, item.slug)
    }
  }
  return [...table]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([old, slug]) => ({ from: articlePath(old), to: articlePath(slug) }))
}

/**
 * The old slugs a post keeps after a save: a publish that changes the published slug adds that
 * slug; the new slug leaves the list (a post renamed back answers at its address again).
 * `publishedSlug` is null when the post was not published before this save.
 */
export function nextOldSlugs(
  previous: readonly string[],
  publishedSlug: string | null | undefined,
  newSlug: string | null | undefined,
): string[] {
  const out = [...previous]
  if (publishedSlug && newSlug && publishedSlug !== newSlug && !out.includes(publishedSlug)) {
    out.push(publishedSlug)
  }
  return out.filter((slug) => slug !== newSlug)
}
