import { link, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { PlannedPage } from '../../site/src/data/pagePlan'
import type { SiteData } from '../../site/src/data/site'
import type { PageKeys } from './hostBuild'
import { liveRelease, type ReleaseDirs } from './releases'
import type { SiteRenderer } from './renderer/siteRenderer'

/**
 * Writes every file of one host into `dir`. A file whose key (all its inputs and the renderer's
 * code) equals the live release's is hard-linked from it instead of rendered: a federation post
 * re-renders a site's home, news lists and feeds, not its older articles or contacts.
 *
 * Folders, links and files are made through the thread pool while the next pages render: on
 * this kind of disk a mkdir or a small write waits ~0.3 ms, longer than rendering a page.
 */
export async function writeHost(
  renderer: SiteRenderer,
  host: string,
  sites: SiteData[],
  dir: string,
  dirs: ReleaseDirs,
) {
  const live = liveRelease(dirs, host)
  const keys: PageKeys = {}
  const folders = new Map<string, Promise<unknown>>()
  const folder = (at: string) => {
    let made = folders.get(at)
    if (!made) folders.set(at, (made = mkdir(at, { recursive: true })))
    return made
  }
  const writes: Promise<unknown>[] = []
  const notLinked: PlannedPage[] = []
  let rendered = 0
  const target = (page: PlannedPage) => path.join(dir, page.file.slice(host.length + 1))
  for (const page of renderer.plan(sites)) {
    const file = page.file.slice(host.length + 1)
    keys[file] = page.key
    const ready = folder(path.dirname(target(page)))
    if (live?.keys[file] === page.key) {
      // Gone from the live release or on another file system: rendered below.
      const linked = ready.then(() => link(path.join(live.dir, file), target(page)))
      writes.push(linked.catch(() => notLinked.push(page)))
      continue
    }
    const body = await renderer.render(page)
    writes.push(ready.then(() => writeFile(target(page), body)))
    rendered++
  }
  await Promise.all(writes)
  for (const page of notLinked) {
    await writeFile(target(page), await renderer.render(page))
    rendered++
  }
  return { pages: Object.keys(keys).length, rendered, keys }
}
