import path from 'node:path'
import { withinHostLimits } from './requestParts'
import { fsKind, readSiteIndex, type SiteIndex } from './siteIndex'

export interface LiveSiteIndex {
  /** The index, with `host`'s folder checked now (one stat): published or removed since. */
  forHost(host: string | undefined): SiteIndex
  /** Re-reads every host (for the list of sites printed at start). */
  refresh(): SiteIndex
}

/**
 * The preview server's view of the output folder while workers publish into it. Every swap of a
 * site changes the folder, so re-reading all hosts on a change (550 ms at 10,000 sites) would
 * take the cores the workers build on; instead each request checks only its own host.
 */
export function liveSiteIndex(outDir: string, mediaDir: string): LiveSiteIndex {
  let index = readSiteIndex(outDir, mediaDir)
  let sites = new Map(index.sites)
  const refresh = () => {
    index = readSiteIndex(outDir, mediaDir)
    sites = new Map(index.sites)
    return { ...index, sites }
  }
  return {
    forHost(host) {
      // Only a name that could be a site's costs a stat (`_astro` and dot-folders never are).
      if (host && withinHostLimits(host) && !/^[_.]/.test(host)) {
        const present = fsKind(path.join(outDir, host)) === 'dir'
        if (present && !sites.has(host)) sites.set(host, [])
        if (!present) sites.delete(host)
      }
      return { ...index, sites }
    },
    refresh,
  }
}
