import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { PageKeys } from '../render/buildStep'

/**
 * Atomic publication of built sites. The live folder holds one symlink per host into a release
 * folder; a new release is moved in whole and the link replaced with rename(2), which readers see
 * either before or after, never half-way. The previous release is kept, so a reader that opened
 * a page of it a moment ago can still read it.
 *
 *   <live>/_astro/                 shared hashed assets (only ever added to)
 *   <live>/<host> -> ../releases/<host>/<gen>-<stamp>
 *   <releases>/<host>/<gen>-<stamp>/…
 *   <releases>/<host>/<gen>-<stamp>.keys.json   what each file was rendered from
 */
export interface ReleaseDirs {
  live: string
  releases: string
}

const KEEP = 2

const unique = () =>
  `${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`

/** The generation of the release a host's link points at (0 when none or not ours). */
export function liveGeneration(dirs: ReleaseDirs, host: string): number {
  const link = path.join(dirs.live, host)
  const stat = lstatSync(link, { throwIfNoEntry: false })
  if (!stat?.isSymbolicLink()) return 0
  return Number(/^(\d+)-/.exec(path.basename(readlinkSync(link)))?.[1] ?? 0)
}

const KEYS = '.keys.json'
const TRASH = '.trash'

/** The release a host's link points at, with the keys of its files (none for old releases). */
export function liveRelease(
  dirs: ReleaseDirs,
  host: string,
): { dir: string; keys: PageKeys } | undefined {
  const link = path.join(dirs.live, host)
  const stat = lstatSync(link, { throwIfNoEntry: false })
  if (!stat?.isSymbolicLink()) return undefined
  const dir = path.resolve(dirs.live, readlinkSync(link))
  try {
    return { dir, keys: JSON.parse(readFileSync(dir + KEYS, 'utf8')) as PageKeys }
  } catch {
    return { dir, keys: {} }
  }
}

/** Adds `from`'s hashed assets to the shared folder; each file appears whole (copy, then rename). */
export function addSharedAssets(from: string, dirs: ReleaseDirs): number {
  if (!existsSync(from)) return 0
  let added = 0
  const target = path.join(dirs.live, '_astro')
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const source = path.join(entry.parentPath, entry.name)
    const dest = path.join(target, path.relative(from, source))
    if (existsSync(dest)) continue
    mkdirSync(path.dirname(dest), { recursive: true })
    const tmp = `${dest}.${unique()}.tmp`
    copyFileSync(source, tmp)
    renameSync(tmp, dest)
    added++
  }
  return added
}

/**
 * Moves a built host folder into a release and points the host's link at it. Returns false,
 * changing nothing, when a newer generation is already live (a slower worker lost the race).
 */
export function publishHost(
  dirs: ReleaseDirs,
  host: string,
  built: string,
  gen: number,
  keys?: PageKeys,
): boolean {
  if (liveGeneration(dirs, host) > gen) return false
  const hostReleases = path.join(dirs.releases, host)
  mkdirSync(hostReleases, { recursive: true })
  mkdirSync(dirs.live, { recursive: true })
  const release = path.join(hostReleases, `${gen}-${unique()}`)
  const link = path.join(dirs.live, host)
  const tmp = path.join(dirs.live, `.${host}.${unique()}.link`)
  renameSync(built, release)
  try {
    if (keys) writeFileSync(release + KEYS, JSON.stringify(keys))
    const current = lstatSync(link, { throwIfNoEntry: false })
    if (current && !current.isSymbolicLink()) {
      // A folder from a plain `astro build` into the live folder: retire it once (not atomic).
      renameSync(link, path.join(hostReleases, `0-legacy-${unique()}`))
    }
    symlinkSync(path.relative(dirs.live, release), tmp)
    renameSync(tmp, link)
  } catch (error) {
    // Disk full or the like before the swap: the live link is untouched. The half-made release
    // goes, or it would count as the newest one kept and push the previous live one out.
    for (const leftover of [tmp, release + KEYS, release])
      rmSync(leftover, { force: true, recursive: true })
    throw error
  }
  try {
    pruneReleases(dirs, hostReleases, path.basename(release))
  } catch {
    // The site is live; old releases are retired at its next publish.
  }
  return true
}

/** Takes a host offline (its org was deleted or moved to another host). */
export function unpublishHost(dirs: ReleaseDirs, host: string): void {
  rmSync(path.join(dirs.live, host), { force: true, recursive: true })
  rmSync(path.join(dirs.releases, host), { force: true, recursive: true })
}

/** Hosts with a link in the live folder. */
export function liveHosts(dirs: ReleaseDirs): string[] {
  if (!existsSync(dirs.live)) return []
  return readdirSync(dirs.live).filter((name) => !name.startsWith('_') && !name.startsWith('.'))
}

/**
 * Retires releases older than the previous one: moved into `.trash` (one rename each) and
 * deleted later by emptyTrash, off the publishing path (deleting a release's few dozen entries
 * costs more than building it on a slow disk).
 */
function pruneReleases(dirs: ReleaseDirs, hostReleases: string, current: string): void {
  // Newest first by name (`<gen>-<time in base 36>-…`): no stat per release.
  const order = (name: string) => {
    const [gen = '0', time = '0'] = name.split('-')
    return [Number(gen) || 0, parseInt(time, 36) || 0] as const
  }
  const byAge = readdirSync(hostReleases)
    .filter((name) => name !== current && !name.endsWith(KEYS))
    .sort((a, b) => {
      const [x, y] = [order(a), order(b)]
      return y[0] - x[0] || y[1] - x[1]
    })
  const trash = path.join(dirs.releases, TRASH)
  for (const old of byAge.slice(KEEP - 1)) {
    mkdirSync(trash, { recursive: true })
    renameSync(path.join(hostReleases, old), path.join(trash, unique()))
    rmSync(path.join(hostReleases, old + KEYS), { force: true })
  }
}

let emptying: Promise<void> | undefined

/** How many retired releases wait for deletion. */
export function trashSize(dirs: ReleaseDirs): number {
  const trash = path.join(dirs.releases, TRASH)
  return existsSync(trash) ? readdirSync(trash).length : 0
}

/**
 * Deletes retired releases in the background (one sweep at a time per process), release by
 * release while `keepGoing()` holds: a worker stops it when new work arrives, so deletions do not
 * compete with a batch's writes for the disk.
 */
export function emptyTrash(
  dirs: ReleaseDirs,
  keepGoing: () => boolean = () => true,
): Promise<void> {
  emptying ??= (async () => {
    const trash = path.join(dirs.releases, TRASH)
    for (const name of existsSync(trash) ? readdirSync(trash) : []) {
      if (!keepGoing()) return
      // Another worker on the same folder may be deleting it too: whatever is left, goes next time.
      await rm(path.join(trash, name), { recursive: true, force: true }).catch(() => {})
    }
  })().finally(() => (emptying = undefined))
  return emptying
}
