import type { Category, FeedItem, Snapshot } from '../../../domain/contract/snapshot'
import { absoluteUrl, paths, type SiteLocation } from './urls'

export interface Rubric {
  category: Category
  items: FeedItem[]
}

/** Rubrics that have at least one item, in the snapshot's order of categories. */
export function rubricsOf(snapshot: Pick<Snapshot, 'categories' | 'feed'>): Rubric[] {
  return snapshot.categories
    .map((category) => ({
      category,
      items: snapshot.feed.filter((item) => item.category?.slug === category.slug),
    }))
    .filter((rubric) => rubric.items.length > 0)
}

/**
 * The canonical URL of an item shown on this site: its own page for the org's own items, the
 * origin org's page for syndicated ones (search engines then credit the origin).
 */
export function canonicalUrlOf(site: SiteLocation, item: FeedItem): string {
  return item.provenance.isOwn
    ? absoluteUrl(site, paths.article(item.slug))
    : item.provenance.canonicalUrl
}

/** «ФНПР» in «Материал ФНПР». */
export function originName(item: FeedItem): string {
  return item.provenance.orgShortName ?? item.provenance.orgName
}
