import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { SiteData } from '../../site/src/data/site'
import { digest } from '../../site/src/data/pageInputs'
import { SEARCH_DIR } from '../../site/src/lib/searchPaths'
import type { HostFile } from '../release/files/fileMessages'
import type { PageKeys } from '../render/buildStep'
import { buildSearchIndex } from './searchIndexer'
import { searchRecords } from './searchRecords'

/** Raised when the records' shape or the engine changes, so every index is rebuilt once. */
const SEARCH_FORMAT = 'pagefind-1.6.0:1'

/** Beside the hosts' links; a leading dot: no host, not served, not a site's file. */
const SHARED_DIR = '.search-files'

/** Pagefind's code and stemmer: the same bytes in every index, so stored once and hard-linked. */
const SHARED = new Set(['pagefind.js', 'pagefind-worker.js', 'wasm.ru.pagefind'])

export interface LiveFiles {
  dir: string
  keys: PageKeys
}

/**
 * One host's search index as files of its release. The key covers only its orgs' OWN content
 * (searchRecords): when it equals the live release's, every index file is hard-linked from it —
 * a federation post re-indexes the federation's host alone, not its 10,000 receivers. Pagefind's
 * code files (150 KB) are linked from one copy in `<live>/.search-files/` (a dot: not a host,
 * never served) instead of written again for every index.
 */
export async function searchFiles(
  sites: readonly SiteData[],
  live: LiveFiles | undefined,
  liveRoot: string,
  force = false,
): Promise<{ entries: HostFile[]; keys: PageKeys; indexed: boolean }> {
  const key = `search:${digest([SEARCH_FORMAT, ...[...sites].map(ownContent).sort()])}`
  const prefix = `${SEARCH_DIR}/`
  const liveFiles = live ? Object.keys(live.keys).filter((file) => file.startsWith(prefix)) : []
  if (!force && live && liveFiles.length > 0 && liveFiles.every((f) => live.keys[f] === key)) {
    return {
      entries: liveFiles.map((file) => ({ file, from: path.join(live.dir, file) })),
      keys: Object.fromEntries(liveFiles.map((file) => [file, key])),
      indexed: false,
    }
  }
  // Built in memory and written by the file threads like any page: Pagefind's own writer panics
  // on a full disk and its npm API then never answers, while the file threads report ENOSPC as
  // a disk error in «Публикация сайтов» and the host is tried again (publishFaultsDisk).
  const entries: HostFile[] = []
  const keys: PageKeys = {}
  for (const { path: relative, content } of await buildSearchIndex(searchRecords(sites))) {
    const file = prefix + relative
    keys[file] = key
    entries.push(
      SHARED.has(relative)
        ? { file, from: sharedCopy(liveRoot, relative, content) }
        : { file, body: content },
    )
  }
  return { entries, keys, indexed: true }
}

/**
 * Everything searchRecords reads of a site, as one string: the key is taken on every build of
 * every receiver (a federation post: 10,000 times), so it skips the records' text extraction.
 */
function ownContent(site: SiteData): string {
  const { org, site: settings, feed, pages, documents } = site.snapshot
  const own = feed.filter((item) => item.provenance.isOwn)
  const events = site.snapshot.events.filter((event) => event.provenance.isOwn)
  return JSON.stringify([
    site.prefix,
    org,
    settings.origin,
    settings.basePath,
    own,
    events,
    pages,
    documents,
  ])
}

/**
 * `<live>/.search-files/<format>-<name>`: Pagefind's code is the same for every index of one
 * version, so the first index's file is linked there once and every release links to it.
 */
function sharedCopy(liveRoot: string, name: string, content: Uint8Array): string {
  const target = path.join(
    liveRoot,
    SHARED_DIR,
    `${SEARCH_FORMAT.replace(/[^\w.-]/g, '_')}-${name}`,
  )
  if (!existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true })
    const temporary = `${target}.${process.pid}.tmp`
    writeFileSync(temporary, content)
    renameSync(temporary, target)
  }
  return target
}
