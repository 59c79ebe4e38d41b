/** Longest page path kept: longer ones are junk or attacks, never a page of a built site. */
export const MAX_PATH_LENGTH = 300

/** Folders of every site that hold no pages (shared assets, uploads, search indexes, forms). */
const NOT_PAGES = /^\/(?:_astro|media|_search|_forms|\.union-sites)(?:\/|$)/

/**
 * The page a logged path names, as stored: percent-decoded, `.` and `..` resolved (never above
 * the root), repeated slashes collapsed; null when it is no HTML page (an asset, a file with an
 * extension other than .html, a non-page folder) or is junk (control characters, bad encoding,
 * over MAX_PATH_LENGTH). `/news/index.html` counts as `/news/`, the page it is.
 */
export function viewPath(raw: string): string | null {
  if (!raw.startsWith('/') || raw.length > MAX_PATH_LENGTH * 3) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  if (/[\x00-\x1f\x7f\\]/.test(decoded)) return null
  const segments: string[] = []
  for (const segment of decoded.split('/').slice(1)) {
    if (segment === '..') segments.pop()
    else if (segment !== '.' && segment !== '') segments.push(segment)
  }
  const trailing = decoded.endsWith('/') || /\/\.\.?$/.test(decoded) || segments.length === 0
  let path = `/${segments.join('/')}${trailing && segments.length > 0 ? '/' : ''}`
  if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length)
  if (NOT_PAGES.test(path)) return null
  const last = segments[segments.length - 1] ?? ''
  if (!path.endsWith('/') && /\.[A-Za-z0-9]{1,8}$/.test(last) && !last.endsWith('.html'))
    return null
  if (path.length > MAX_PATH_LENGTH) return null
  return path
}

const DOMAIN =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/

/** The host name of a referer origin, lower-cased, without port or `www.`; null if none or junk. */
export function refererDomain(origin: string): string | null {
  const match = /^https?:\/\/([^/:?#]+)(?::\d+)?$/i.exec(origin)
  if (!match) return null
  const host = match[1]!.toLowerCase().replace(/^www\./, '')
  return DOMAIN.test(host) ? host : null
}
