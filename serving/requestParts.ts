/**
 * The Host header and the request path, normalized the way nginx does before it maps a URL to a
 * file — so that the preview server finds the same file (or refuses the same request) as nginx.
 */
import { MAX_HOST_LABEL_LENGTH, MAX_HOST_LENGTH } from './policy'

export interface HostName {
  /** Lower-case, port and trailing dot stripped: the name of the site's folder. */
  name: string
  port: string | undefined
}

// A name (labels of letters, digits, `-`, `_`) or an IPv6 literal, then an optional port.
const HOST = /^([a-z0-9_-]+(?:\.[a-z0-9_-]+)*|\[[0-9a-f:.]+\])\.?(?::(\d{1,5}))?$/

/**
 * nginx's `$host`: lower-cased, port and trailing dot dropped. Returns null for a header nginx
 * answers with 400 (a slash, `..`, empty labels); undefined when there is no header at all.
 */
export function normalizeHost(header: string | undefined): HostName | null | undefined {
  if (header === undefined || header === '') return undefined
  const match = HOST.exec(header.trim().toLowerCase())
  if (!match) return null
  return { name: match[1]!, port: match[2] }
}

/**
 * Whether a normalized host name could be a site's: at most 253 characters and 63 per label, as
 * DNS allows (the nginx config refuses other hosts too). A longer one is answered as an unknown
 * host without touching the disk.
 */
export function withinHostLimits(name: string): boolean {
  return (
    name.length <= MAX_HOST_LENGTH &&
    name.split('.').every((label) => label.length <= MAX_HOST_LABEL_LENGTH)
  )
}

export interface RequestPath {
  /** Decoded, slashes merged, `.` and `..` resolved; always starts with `/`. */
  path: string
  /** The query string without `?`, passed on unchanged in redirects. */
  query: string
}

const HEX = /^[0-9a-fA-F]{2}$/

/** Percent-decodes to bytes, then UTF-8; null on a malformed escape or an encoded NUL. */
function percentDecode(raw: string): string | null {
  if (!raw.includes('%')) return raw.includes('\0') ? null : raw
  const bytes: number[] = []
  const source = Buffer.from(raw, 'utf8')
  for (let i = 0; i < source.length; i++) {
    const byte = source[i]!
    if (byte !== 0x25) {
      bytes.push(byte)
      continue
    }
    const hex = source.subarray(i + 1, i + 3).toString('latin1')
    if (!HEX.test(hex)) return null
    bytes.push(parseInt(hex, 16))
    i += 2
  }
  if (bytes.includes(0)) return null
  return Buffer.from(bytes).toString('utf8')
}

/**
 * Normalizes a request target (`/news/../contacts/?x=1`). Returns null where nginx answers 400:
 * a malformed escape, a NUL, or `..` climbing above the root (path traversal).
 */
export function normalizePath(target: string): RequestPath | null {
  if (!target.startsWith('/')) return null
  const mark = target.indexOf('?')
  const rawPath = mark < 0 ? target : target.slice(0, mark)
  const query = mark < 0 ? '' : target.slice(mark + 1)
  const decoded = percentDecode(rawPath)
  if (decoded === null) return null
  const segments: string[] = []
  const parts = decoded.split('/')
  for (const part of parts) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (segments.length === 0) return null
      segments.pop()
    } else {
      segments.push(part)
    }
  }
  // `/news/.` and `/news/..` name directories, so nginx keeps (adds) the trailing slash.
  const last = parts[parts.length - 1]
  const slash = last === '' || last === '.' || last === '..'
  const path = segments.length === 0 ? '/' : `/${segments.join('/')}${slash ? '/' : ''}`
  return { path, query }
}

/** A decoded path as a URL again (for Location headers): every segment percent-encoded. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
