import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'

/** What a print page loads (publishing may not import serving/'s full table). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
}
const contentTypeOf = (file: string) =>
  TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'

/**
 * Serves the page's requests from folders on disk: `/_astro/` from `assets` (the published
 * `SITES_DIR/_astro/` or the renderer's own build), the rest from `hosts/<host>/…` when given.
 * The stand job needs no web server and Chromium never touches the network: any address
 * outside the folders (another scheme, `..`) is refused.
 */
export async function routeFromFolders(
  page: Page,
  folders: { assets: string; hosts?: string },
): Promise<void> {
  const assets = path.resolve(folders.assets)
  const hosts = folders.hosts === undefined ? undefined : path.resolve(folders.hosts)
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return route.abort()
    }
    const [root, rel] = pathname.startsWith('/_astro/')
      ? [assets, pathname.slice('/_astro/'.length)]
      : [
          hosts,
          path.join(url.hostname, pathname.endsWith('/') ? `${pathname}index.html` : pathname),
        ]
    if (url.protocol !== 'http:' || root === undefined) return route.abort()
    const file = path.resolve(root, rel)
    if (!file.startsWith(root + path.sep)) return route.abort()
    try {
      const body = await readFile(file)
      await route.fulfill({ status: 200, body, contentType: contentTypeOf(file) })
    } catch {
      await route.fulfill({ status: 404, body: '' })
    }
  })
}
