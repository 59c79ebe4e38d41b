import path from 'node:path'
import type { PlannedPage } from '../../site/src/data/pagePlan'
import type { SiteData } from '../../site/src/data/site'
import type { HostFile } from './files/fileMessages'
import type { FileWriter } from './files/fileWriter'
import type { PageKeys } from '../render/buildStep'
import { liveRelease, type ReleaseDirs } from './releases'
import type { SiteRenderer } from '../render/siteRenderer'
import { searchFiles } from '../search/searchFiles'
import { isStandPdf, standPdfLinks } from '../stand/standPdfLinks'

/**
 * Writes every file of one host into `dir`. A file whose key (all its inputs and the renderer's
 * code) equals the live release's is hard-linked from it instead of rendered: a federation post
 * re-renders a site's home, news lists and feeds, not its older articles or contacts.
 *
 * The folder is written by the file threads while the next hosts render.
 */
export async function writeHost(
  renderer: SiteRenderer,
  files: FileWriter,
  host: string,
  sites: SiteData[],
  dir: string,
  dirs: ReleaseDirs,
) {
  const live = liveRelease(dirs, host)
  const keys: PageKeys = {}
  const linked = new Map<string, PlannedPage>()
  const entries: HostFile[] = []
  let rendered = 0
  for (const page of renderer.plan(sites)) {
    const file = page.file.slice(host.length + 1)
    keys[file] = page.key
    if (live?.keys[file] === page.key) {
      linked.set(file, page)
      entries.push({ file, from: path.join(live.dir, file) })
      continue
    }
    entries.push({ file, body: await renderer.render(page) })
    rendered++
  }
  const pages = Object.keys(keys).length
  // The host's search index: rebuilt only when its orgs' own content changed (searchFiles.ts).
  const search = await searchFiles(sites, live, dirs.live)
  entries.push(...search.entries)
  Object.assign(keys, search.keys)
  // The weekly stand's PDFs stay with their print pages (printed after the swap, not planned).
  entries.push(...standPdfLinks(Object.keys(keys), live?.dir))
  const unlinked = await files.write(dir, entries)
  if (unlinked.length > 0) {
    const again: HostFile[] = []
    for (const file of unlinked) {
      const page = linked.get(file)
      if (page) again.push({ file, body: await renderer.render(page) })
    }
    // A live index file gone: the whole index again, every file written.
    if (unlinked.some((file) => !linked.has(file) && !isStandPdf(file))) {
      again.push(...(await searchFiles(sites, live, dirs.live, true)).entries)
    }
    await files.write(dir, again)
    rendered += unlinked.length
  }
  return { pages, rendered, keys, indexed: search.indexed }
}
