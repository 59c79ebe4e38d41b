import path from 'node:path'
import type { PathKind, SiteIndex } from '../../../serving/siteIndex'

export const OUT = '/srv/sites'
export const MEDIA = '/srv/media'

/**
 * A SiteIndex over an in-memory tree: `files` are paths under OUT (or absolute under MEDIA);
 * every parent folder of a file exists.
 */
export function memoryIndex(files: readonly string[]): SiteIndex {
  const kinds = new Map<string, PathKind>()
  for (const file of files) {
    let at = path.isAbsolute(file) ? file : path.join(OUT, file)
    kinds.set(at, 'file')
    for (at = path.dirname(at); at !== '/'; at = path.dirname(at)) kinds.set(at, 'dir')
  }
  const sites = new Map<string, string[]>()
  for (const file of files.filter((f) => !path.isAbsolute(f) && !f.startsWith('_astro/'))) {
    const [host, org, slug, rest] = file.split('/')
    if (!sites.has(host!)) sites.set(host!, [])
    if (org === 'org' && rest === 'index.html' && slug) sites.get(host!)!.push(slug)
  }
  return { outDir: OUT, mediaDir: MEDIA, sites, kind: (p) => kinds.get(p) }
}
