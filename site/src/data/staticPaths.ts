import type { GetStaticPaths, GetStaticPathsResult } from 'astro'
import { loadSites } from './loadSites'
import type { SiteData } from './site'

/**
 * A route's getStaticPaths, from its entries as a pure function of this build's sites
 * (data/routes.ts). The sites are read once per build and shared by every route.
 */
export function staticPaths(routesOf: (sites: SiteData[]) => GetStaticPathsResult): GetStaticPaths {
  return async () => routesOf(await loadSites())
}
