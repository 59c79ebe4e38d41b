import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { readHostRedirects } from './hostRedirects'

export type PathKind = 'file' | 'dir' | undefined

/**
 * What the router knows about the built output. File lookups go through `kind`, so routing is a
 * pure function: the server passes the file system, unit tests an in-memory tree.
 */
export interface SiteIndex {
  outDir: string
  mediaDir: string
  /** Every host with a site folder (lower-case) → slugs of its section orgs (`/org/<slug>/`). */
  sites: ReadonlyMap<string, readonly string[]>
  kind(absolutePath: string): PathKind
  /** Old path → new path of a host (its redirects.json); none when absent. */
  redirectsOf?(host: string): ReadonlyMap<string, string>
}

/**
 * A file, a directory, or nothing. Never throws: a name the file system refuses (ENAMETOOLONG,
 * ENOTDIR through a file, EACCES) is simply not there — a request must never reach the process's
 * uncaught-exception handler.
 */
export function fsKind(absolutePath: string): PathKind {
  try {
    const stat = statSync(absolutePath, { throwIfNoEntry: false })
    if (!stat) return undefined
    return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : undefined
  } catch {
    return undefined
  }
}

/** Folders of `dir`, including links to folders (published hosts link into their release). */
function subdirectories(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() ||
          (entry.isSymbolicLink() && fsKind(path.join(dir, entry.name)) === 'dir'),
      )
      .map((entry) => entry.name)
  } catch {
    return []
  }
}

/**
 * Reads the hosts (folders of `outDir`, except the shared `_astro`) and their section orgs
 * (`<host>/org/<slug>/` with an index page). A missing `outDir` gives an empty index.
 */
export function readSiteIndex(outDir: string, mediaDir: string): SiteIndex {
  const sites = new Map<string, string[]>()
  for (const host of subdirectories(outDir).sort()) {
    if (host.startsWith('_') || host.startsWith('.')) continue
    const orgDir = path.join(outDir, host, 'org')
    const sections = subdirectories(orgDir)
      .filter((slug) => fsKind(path.join(orgDir, slug, 'index.html')) === 'file')
      .sort()
    sites.set(host, sections)
  }
  return {
    outDir,
    mediaDir,
    sites,
    kind: fsKind,
    // Read when a path is not found, so a swapped-in release's table counts at once.
    redirectsOf: (host) => readHostRedirects(outDir, host),
  }
}

/** Every site's address on the preview server: hosts first, each followed by its sections. */
export function siteUrls(sites: SiteIndex['sites'], port: number | string): string[] {
  return [...sites].flatMap(([host, sections]) => [
    `http://${host}:${port}/`,
    ...sections.map((slug) => `http://${host}:${port}/org/${slug}/`),
  ])
}
