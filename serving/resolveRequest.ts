/**
 * Routing of the preview server, as a pure function: which file (or generated page) answers a
 * request, with which status and headers. It follows the nginx config rule for rule
 * (see nginxConfig.ts), which the parity test checks against a real nginx.
 */
import path from 'node:path'
import { contentTypeOf, mediaDispositionOf } from './fileTypes'
import { badRequestPage, plainNotFoundPage, unknownHostPage } from './pages'
import {
  ASSETS_PREFIX,
  CACHE_CONTROL,
  MAX_PATH_LENGTH,
  MEDIA_PREFIX,
  SEARCH_FILE,
  SEARCH_URL_PREFIX,
  SECURITY_HEADERS,
  mediaHeaders,
  type CachePolicy,
} from './policy'
import { encodePath, normalizeHost, normalizePath, withinHostLimits } from './requestParts'
import type { SiteIndex } from './siteIndex'
import { redirectTarget } from './hostRedirects'

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

function headers(
  cache: CachePolicy,
  extra: Record<string, string> = {},
  security: Readonly<Record<string, string>> = SECURITY_HEADERS,
): Record<string, string> {
  return { ...extra, 'Cache-Control': CACHE_CONTROL[cache], ...security }
}

const served = (
  file: string,
  cache: CachePolicy,
  security?: Readonly<Record<string, string>>,
): ResolvedRequest => ({
  status: 200,
  file,
  headers: headers(cache, { 'Content-Type': contentTypeOf(file) }, security),
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
 * - `/_astro/…` from the shared assets folder on every host;
 * - `/media/…` from the uploads, on every host, only for the allowed types (fileTypes.ts):
 *   images inline, documents as downloads, each with the uploads' own CSP;
 * - `/dir/` → `dir/index.html`; `/dir` (a directory) → 301 to `/dir/`; a file as it is;
 * - anything else (a path over MAX_PATH_LENGTH too) → 404 with the nearest site 404 page;
 *   an unknown host → 404 «Сайт не найден», naming no other site;
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
  if (!host || !withinHostLimits(host.name) || !index.sites.has(host.name)) {
    return generated(404, unknownHostPage())
  }
  const siteDir = path.join(index.outDir, host.name)
  const { path: urlPath, query } = url
  if (Buffer.byteLength(urlPath) > MAX_PATH_LENGTH) return notFound(siteDir, urlPath, index)

  // Shared folders hold files only: a directory there is not a page (nginx: try_files $uri).
  if (urlPath.startsWith(ASSETS_PREFIX)) {
    const file = path.join(index.outDir, urlPath)
    if (!urlPath.endsWith('/') && index.kind(file) === 'file') return served(file, 'hashed')
    return notFound(siteDir, urlPath, index)
  }
  if (urlPath.startsWith(MEDIA_PREFIX)) {
    // An editor's upload: only the allowed types, whatever else lies in the folder.
    const disposition = mediaDispositionOf(urlPath)
    const file = path.join(index.mediaDir, urlPath.slice(MEDIA_PREFIX.length))
    if (disposition && !urlPath.endsWith('/') && index.kind(file) === 'file') {
      return served(file, 'media', mediaHeaders(disposition))
    }
    return notFound(siteDir, urlPath, index)
  }

  if (urlPath.startsWith(SEARCH_URL_PREFIX)) return searchFile(index, siteDir, urlPath)

  if (urlPath.endsWith('/')) {
    const file = path.join(siteDir, urlPath, 'index.html')
    if (index.kind(file) === 'file') return served(file, 'page')
    return redirected(index, host.name, urlPath, query) ?? notFound(siteDir, urlPath, index)
  }
  const file = path.join(siteDir, urlPath)
  const kind = index.kind(file)
  if (kind === 'file') return served(file, 'page')
  if (kind === 'dir') return moved(`${encodePath(urlPath)}/`, query)
  return redirected(index, host.name, urlPath, query) ?? notFound(siteDir, urlPath, index)
}

const moved = (location: string, query: string): ResolvedRequest => ({
  status: 301,
  headers: headers('page', { Location: `${location}${query ? `?${query}` : ''}` }),
})

/** A post's old address (its slug changed): 301 to the new one, as nginx's redirect map. */
function redirected(
  index: SiteIndex,
  host: string,
  urlPath: string,
  query: string,
): ResolvedRequest | undefined {
  const target = index.redirectsOf && redirectTarget(index.redirectsOf(host), urlPath)
  return target ? moved(encodePath(target), query) : undefined
}

/** A file of a host's search index, on any host of the network (policy.ts: SEARCH_FILE). */
function searchFile(index: SiteIndex, siteDir: string, urlPath: string): ResolvedRequest {
  const match = SEARCH_FILE.exec(urlPath)
  // Not `index.sites`: the preview server's live index checks only the request's own host. The
  // pattern keeps the path inside `<outDir>/<host>/_search/` (no `_astro`, dot-folders or `..`).
  if (match) {
    const file = path.join(index.outDir, match[1]!, '_search', match[2]!)
    if (index.kind(file) === 'file') return served(file, 'page')
  }
  return notFound(siteDir, urlPath, index)
}
