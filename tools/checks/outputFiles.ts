import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** Every file under `dir`, relative to it with forward slashes; an absent folder has none. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join('/'))
    .sort()
}

/**
 * The hosts of a build output: its top-level folders, except shared ones (`_astro`) and hidden
 * ones, as the preview server and nginx read them (serving/siteIndex.ts).
 */
export function hostsOf(files: readonly string[]): string[] {
  const hosts = new Set<string>()
  for (const file of files) {
    const slash = file.indexOf('/')
    const top = slash < 0 ? '' : file.slice(0, slash)
    if (top && !top.startsWith('_') && !top.startsWith('.')) hosts.add(top)
  }
  return [...hosts].sort()
}

/** Pages are the HTML files inside a host folder (never the shared assets). */
export const isPage = (file: string, hosts: ReadonlySet<string>) =>
  /\.html?$/i.test(file) && hosts.has(file.slice(0, file.indexOf('/')))

export const isXml = (file: string) => /\.(xml|rss|atom)$/i.test(file)
