import type { SiteData } from '../data/site'
import { searchIndexPath } from './searchPaths'
import { eventPaths } from './eventPaths'
import { href, paths } from './urls'

/**
 * What one site's search covers: its host's index, filtered to its own org, and the indexes of
 * the hosts its received items and events come from, filtered to exactly those it shows
 * (`items`: the canonical URL of each → its address on this site). Hidden or aged-out items are not in the
 * feed, so they are not found here.
 */
export interface SearchScope {
  org: string
  /** The site's own origin: its own results link here as paths. */
  origin: string
  indexes: string[]
  items: Record<string, string>
}

export function searchScope(site: SiteData): SearchScope {
  const { org, site: settings, feed } = site.snapshot
  const hosts = new Set<string>([settings.host])
  const items: Record<string, string> = {}
  for (const item of feed) {
    if (item.provenance.isOwn) continue
    hosts.add(new URL(item.provenance.canonicalUrl).hostname)
    items[item.provenance.canonicalUrl] = href(settings, paths.article(item.slug))
  }
  for (const event of site.snapshot.events) {
    if (event.provenance.isOwn) continue
    hosts.add(new URL(event.provenance.canonicalUrl).hostname)
    items[event.provenance.canonicalUrl] = href(settings, eventPaths.event(event.slug))
  }
  return {
    org: String(org.id),
    origin: settings.origin,
    indexes: [...hosts].map(searchIndexPath),
    items,
  }
}

/** The inputs of the scope file: the received items' and events' canonical URLs and slugs. */
export function searchScopeInputs(site: SiteData): unknown {
  return searchScope(site)
}
