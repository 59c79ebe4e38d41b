import { link, mkdir, rename, rmdir, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { PlannedPage } from '../../site/src/data/pagePlan'
import type { SiteData } from '../../site/src/data/site'
import type { PageKeys } from './hostBuild'
import { liveRelease, recycleRelease, type ReleaseDirs } from './releases'
import type { SiteRenderer } from './renderer/siteRenderer'

/**
 * Writes every file of one host into `dir`, starting from the host's previous release when there
 * is one (recycleRelease): a file whose key there already matches stays as it is. Otherwise a
 * file whose key (all its inputs and the renderer's code) equals the live release's is
 * hard-linked from it, and only the rest is rendered: a federation post re-renders a site's home,
 * news lists and feeds, not its older articles or contacts.
 *
 * A reused file is never written in place (its inode may be shared with the live release): the
 * new one is written beside it and renamed over, and every write creates its file (`wx`). Folders, links and files are made through the
 * thread pool while the next pages render.
 */
export async function writeHost(
  renderer: SiteRenderer,
  host: string,
  sites: SiteData[],
  dir: string,
  dirs: ReleaseDirs,
) {
  const live = liveRelease(dirs, host)
  const recycled = recycleRelease(dirs, host, dir)
  const kept = recycled ?? {}
  const keys: PageKeys = {}
  const folders = new Map<string, Promise<unknown>>(
    Object.keys(kept).map((file) => [path.dirname(path.join(dir, file)), Promise.resolve()]),
  )
  const folder = (at: string) => {
    let made = folders.get(at)
    if (!made) folders.set(at, (made = mkdir(at, { recursive: true })))
    return made
  }
  /** Makes `file` with `make`, aside and renamed over when an old one is there. */
  const place = async (file: string, make: (to: string) => Promise<void>) => {
    const to = path.join(dir, file)
    await folder(path.dirname(to))
    if (!(file in kept)) return make(to)
    const aside = `${to}.${process.pid}.new`
    await unlink(aside).catch(() => {})
    await make(aside)
    await rename(aside, to)
  }
  const writes: Promise<unknown>[] = []
  const notLinked: PlannedPage[] = []
  let rendered = 0
  for (const page of renderer.plan(sites)) {
    const file = page.file.slice(host.length + 1)
    keys[file] = page.key
    if (kept[file] === page.key) continue
    if (live?.keys[file] === page.key) {
      // Gone from the live release or on another file system: rendered below.
      const linked = place(file, (to) => link(path.join(live.dir, file), to))
      writes.push(linked.catch(() => notLinked.push(page)))
      continue
    }
    const body = await renderer.render(page)
    writes.push(place(file, (to) => writeFile(to, body, { flag: 'wx' })))
    rendered++
  }
  await Promise.all(writes)
  for (const page of notLinked) {
    const body = await renderer.render(page)
    await place(page.file.slice(host.length + 1), (to) => writeFile(to, body, { flag: 'wx' }))
    rendered++
  }
  await dropStale(
    dir,
    Object.keys(kept).filter((file) => !(file in keys)),
  )
  return { pages: Object.keys(keys).length, rendered, keys, recycled: recycled !== undefined }
}

/** Removes files of a reused release that the site no longer has, and folders left empty. */
async function dropStale(dir: string, files: string[]) {
  await Promise.all(files.map((file) => unlink(path.join(dir, file)).catch(() => {})))
  const folders = new Set<string>()
  for (const file of files) {
    for (let at = path.dirname(file); at !== '.'; at = path.dirname(at)) folders.add(at)
  }
  // Deepest first; a folder that still holds something stays.
  for (const at of [...folders].sort((a, b) => b.length - a.length)) {
    await rmdir(path.join(dir, at)).catch(() => {})
  }
}
