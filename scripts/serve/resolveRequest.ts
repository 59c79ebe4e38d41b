/**
 * Routing of the preview server, as a pure function: which file (or generated page) answers a
 * request, with which status and headers. It follows the nginx config rule for rule
 * (see nginxConfig.ts), which the parity test checks against a real nginx.
 */
import path from 'node:path'
import { contentTypeOf } from './contentTypes'
import { badRequestPage, plainNotFoundPage, unknownHostPage } from './pages'
import {
  ASSETS_PREFIX,
  CACHE_CONTROL,
  MEDIA_PREFIX,
  SECURITY_HEADERS,
  type CachePolicy,
} from './policy'
import { encodePath, normalizeHost, normalizePath } from './requestParts'
import type { SiteIndex } from './siteIndex'

export interface ResolvedRequest {
  status: number
  /** The file to send (absolute); absent when `body` is the answer. */
  file?: string
  /** A page written by the server itself (unknown host, bad request, no 404 page). */
  body?: string
  headers: Record<string, string>
}

const HTML = 'text/html; charset=utf-8'
/** A URL inside a section org's site: `/org/<slug>/…`. */
const SECTION = /^\/org\/([^/]+)\//

function headers(cache: CachePolicy, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, 'Cache-Control': CACHE_CONTROL[cache], ...SECURITY_HEADERS }
}

const served = (file: string, cache: CachePolicy): ResolvedRequest => ({
  status: 200,
  file,
  headers: headers(cache, { 'Content-Type': contentTypeOf(file) }),
})

const generated = (status: number, body: string): ResolvedRequest => ({
  status,
  body,
  headers: headers('notFound', { 'Content-Type': HTML }),
})

/** The nearest 404 page: the section's own for `/org/<slug>/…`, else the host's. */
function notFound(siteDir: string, urlPath: string, index: SiteIndex): ResolvedRequest {
  const section = SECTION.exec(urlPath)?.[1]
  const candidates = [
    ...(section ? [path.join(siteDir, 'org', section, '404', 'index.html')] : []),
    path.join(siteDir, '404', 'index.html'),
  ]
  const file = candidates.find((candidate) => index.kind(candidate) === 'file')
  if (!file) return generated(404, plainNotFoundPage())
  return { status: 404, file, headers: headers('notFound', { 'Content-Type': HTML }) }
}

/**
 * Answers `target` (path and query, as sent) for the `Host` header `hostHeader`:
 * - `/_astro/…` from the shared assets folder and `/media/…` from the uploads, on every host;
 * - `/dir/` → `dir/index.html`; `/dir` (a directory) → 301 to `/dir/`; a file as it is;
 * - anything else → 404 with the nearest site 404 page; an unknown host → 404 listing the sites;
 * - a malformed path, or one climbing out of the site (`/../`), → 400.
 */
export function resolveRequest(
  hostHeader: string | undefined,
  target: string,
  index: SiteIndex,
): ResolvedRequest {
  const host = normalizeHost(hostHeader)
  const url = normalizePath(target)
  if (host === null || url === null) return generated(400, badRequestPage())
  if (!host || !index.sites.has(host.name)) {
    return generated(404, unknownHostPage(host?.name, index.sites, host?.port))
  }
  const siteDir = path.join(index.outDir, host.name)
  const { path: urlPath, query } = url

  if (urlPath.startsWith(ASSETS_PREFIX) || urlPath.startsWith(MEDIA_PREFIX)) {
    const assets = urlPath.startsWith(ASSETS_PREFIX)
    const file = assets
      ? path.join(index.outDir, urlPath)
      : path.join(index.mediaDir, urlPath.slice(MEDIA_PREFIX.length))
    // Shared folders hold files only: a directory there is not a page (nginx: try_files $uri).
    if (!urlPath.endsWith('/') && index.kind(file) === 'file') {
      return served(file, assets ? 'hashed' : 'media')
    }
    return notFound(siteDir, urlPath, index)
  }

  if (urlPath.endsWith('/')) {
    const file = path.join(siteDir, urlPath, 'index.html')
    return index.kind(file) === 'file' ? served(file, 'page') : notFound(siteDir, urlPath, index)
  }
  const file = path.join(siteDir, urlPath)
  const kind = index.kind(file)
  if (kind === 'file') return served(file, 'page')
  if (kind === 'dir') {
    const location = `${encodePath(urlPath)}/${query ? `?${query}` : ''}`
    return { status: 301, headers: headers('page', { Location: location }) }
  }
  return notFound(siteDir, urlPath, index)
}
