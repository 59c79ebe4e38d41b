import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { encodePath, type LoadRequest } from './rotateScript'

const ASSET = /\.(css|js|woff2|svg)$/
const IMAGE = /\.(webp|jpe?g|png)$/
/** `news/page/2/`, `news/rubric/x/` are lists; any other folder under news/ is an article. */
const NOT_ARTICLE = new Set(['page', 'rubric'])

const isFile = (file: string) => existsSync(file) && statSync(file).isFile()
const sortedDir = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : [])

/** The pages of one site worth loading: home, news, an article, documents, feeds, sitemap. */
function hostRequests(liveDir: string, host: string): LoadRequest[] {
  const site = path.join(liveDir, host)
  const pages = ['/', '/news/', '/documents/', '/contacts/'].filter((p) =>
    isFile(path.join(site, p, 'index.html')),
  )
  const articles = sortedDir(path.join(site, 'news')).filter(
    (name) => !NOT_ARTICLE.has(name) && isFile(path.join(site, 'news', name, 'index.html')),
  )
  // Two articles per site: the first and the last by name, so the list is not all one page.
  const picked = [...new Set([articles[0], articles.at(-1)])].filter((a) => a !== undefined)
  const files = ['/rss.xml', '/atom.xml', '/sitemap.xml', '/robots.txt'].filter((f) =>
    isFile(path.join(site, f)),
  )
  return [...pages, ...picked.map((a) => `/news/${a}/`), ...files].map((p) => ({
    host,
    path: encodePath(p),
  }))
}

/** The first image of the uploads (depth-first, by name), as `/media/<relative path>`. */
function firstImage(dir: string, prefix = ''): string | undefined {
  for (const name of sortedDir(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) {
      const found = firstImage(full, `${prefix}${name}/`)
      if (found) return found
    } else if (IMAGE.test(name)) return `${prefix}${name}`
  }
  return undefined
}

/**
 * Every (Host, path) the load test asks for, taken from the published output so that each one
 * exists: the pages and feeds of every host, the shared assets of `_astro/` (CSS, JS, a font,
 * the icon) and one uploaded image. Hosts are the folders (links) of `liveDir` except `_astro`.
 */
export function siteRequests(liveDir: string, mediaDir: string): LoadRequest[] {
  const hosts = sortedDir(liveDir).filter((name) => !name.startsWith('_'))
  if (hosts.length === 0) throw new Error(`no published site in ${liveDir}`)
  const requests = hosts.flatMap((host) => hostRequests(liveDir, host))
  const assetHost = hosts.includes('localhost') ? 'localhost' : hosts[0]!
  const assets = sortedDir(path.join(liveDir, '_astro')).filter((n) => ASSET.test(n))
  // One file of each kind is enough: they are all served by the same location.
  const kinds = new Map<string, string>()
  for (const name of assets) kinds.set(path.extname(name), kinds.get(path.extname(name)) ?? name)
  for (const name of kinds.values())
    requests.push({ host: assetHost, path: encodePath(`/_astro/${name}`) })
  const image = firstImage(mediaDir)
  if (image) requests.push({ host: assetHost, path: encodePath(`/media/${image}`) })
  return requests
}

/** Hosts whose requests are missing a kind the brief asks for (for a clear failure). */
export function missingKinds(requests: readonly LoadRequest[]): string[] {
  const has = (pattern: RegExp) => requests.some((r) => pattern.test(r.path))
  const kinds: [string, RegExp][] = [
    ['an article page', /^\/news\/[^/]+\/$/],
    ['a feed', /\.(rss|atom)\.xml$|\/(rss|atom)\.xml$/],
    ['a sitemap', /sitemap/],
    ['a CSS or JS asset', /^\/_astro\/.+\.(css|js)$/],
    ['an uploaded image', /^\/media\//],
  ]
  return kinds.filter(([, pattern]) => !has(pattern)).map(([name]) => name)
}
