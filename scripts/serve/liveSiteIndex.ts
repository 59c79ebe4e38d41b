import { statSync } from 'node:fs'
import { readSiteIndex, type SiteIndex } from './siteIndex'

export interface LiveSiteIndex {
  /** The index, re-read first if the output folder changed since the last read. */
  current(): SiteIndex
  /** Re-reads unconditionally (a site folder the index does not know yet has appeared). */
  refresh(): SiteIndex
}

/**
 * Adding or removing a site changes the output folder's mtime (and a full rebuild may replace the
 * folder: a new inode), so one `stat` per request is enough to notice a new build.
 */
function stampOf(dir: string): string {
  const stat = statSync(dir, { throwIfNoEntry: false })
  return stat ? `${stat.ino}:${stat.mtimeMs}` : 'missing'
}

export function liveSiteIndex(outDir: string, mediaDir: string): LiveSiteIndex {
  let stamp = stampOf(outDir)
  let index = readSiteIndex(outDir, mediaDir)
  const refresh = () => {
    stamp = stampOf(outDir)
    index = readSiteIndex(outDir, mediaDir)
    return index
  }
  return {
    current: () => (stampOf(outDir) === stamp ? index : refresh()),
    refresh,
  }
}
