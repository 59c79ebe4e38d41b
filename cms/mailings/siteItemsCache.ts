import type { PayloadRequest } from 'payload'
import { loadSiteItems, type ItemWindow, type SiteItem } from './siteItems'

/**
 * The sites' items of one window for one sending run, the `size` sites used last kept: a run
 * goes site by site (sendDigests.ts), so a site's items are wanted while its subscribers are
 * sent to and then rarely again, and 10,000 sites' items need not stay for the whole run.
 */
export class SiteItemsCache {
  private readonly items = new Map<string, SiteItem[]>()

  constructor(
    private readonly req: PayloadRequest,
    private readonly window: ItemWindow,
    private readonly size = 1000,
  ) {}

  /** The items of `orgs` (a site with none: an empty list), loading the ones not kept together. */
  async of(orgs: readonly string[]): Promise<Map<string, SiteItem[]>> {
    const missing = [...new Set(orgs)].filter((o) => !this.items.has(o))
    const loaded = missing.length ? await loadSiteItems(this.req, missing, this.window) : null
    const result = new Map<string, SiteItem[]>()
    for (const org of orgs) {
      const items = this.items.get(org) ?? loaded?.get(org) ?? []
      // Re-inserted: the Map's order is least recently used first.
      this.items.delete(org)
      this.items.set(org, items)
      result.set(org, items)
    }
    while (this.items.size > this.size) this.items.delete(this.items.keys().next().value!)
    return result
  }
}
