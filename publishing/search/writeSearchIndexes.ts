import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { SiteData } from '../../site/src/data/site'
import { groupByHost } from '../../site/src/lib/hosts'
import { SEARCH_DIR } from '../../site/src/lib/searchPaths'
import { buildSearchIndex, closeSearchIndexer } from './searchIndexer'
import { searchRecords } from './searchRecords'

/**
 * The static build's index step (`astro build` renders pages, not indexes): one index per host,
 * of its orgs' own content, at `<out>/<host>/_search/`. The worker writes the same files inside
 * each release (searchFiles.ts).
 */
export async function writeSearchIndexes(sites: readonly SiteData[], out: string): Promise<number> {
  let written = 0
  try {
    for (const group of groupByHost(sites)) {
      const dir = path.join(out, group.host, SEARCH_DIR)
      for (const file of await buildSearchIndex(searchRecords(group.sites))) {
        const target = path.join(dir, file.path)
        mkdirSync(path.dirname(target), { recursive: true })
        writeFileSync(target, file.content)
      }
      written++
    }
  } finally {
    await closeSearchIndexer()
  }
  return written
}
