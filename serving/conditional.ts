/**
 * Content negotiation and validators of the preview server, pure: which encoding to send, the
 * ETag of a file, and whether a conditional request gets 304.
 */

export type Encoding = 'br' | 'gzip'

/** File suffix of a precompressed copy next to the original (`app.css.br`, `app.css.gz`). */
export const ENCODING_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' }

/** `gzip, br;q=0.8, *;q=0` → quality per coding (lower-case); a missing q is 1. */
export function parseAcceptEncoding(header: string | undefined): Map<string, number> {
  const qualities = new Map<string, number>()
  for (const part of (header ?? '').split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    if (!coding) continue
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    qualities.set(coding, q === undefined ? 1 : Number(q))
  }
  return qualities
}

/**
 * The best of `offered` the client accepts (q > 0, explicitly or through `*`); brotli wins a tie
 * because it is smaller. Undefined means: send the file as it is.
 */
export function chooseEncoding(
  header: string | undefined,
  offered: readonly Encoding[],
): Encoding | undefined {
  const qualities = parseAcceptEncoding(header)
  let best: Encoding | undefined
  let bestQ = 0
  for (const coding of (['br', 'gzip'] as const).filter((c) => offered.includes(c))) {
    const q = qualities.get(coding) ?? qualities.get('*') ?? 0
    if (q > bestQ) {
      best = coding
      bestQ = q
    }
  }
  return best
}

export interface FileStamp {
  mtimeMs: number
  size: number
}

/**
 * nginx's ETag format, `"<mtime seconds hex>-<size hex>"`, so both servers give a file the same
 * one. Weak (`W/`) when the bytes are compressed on the fly, as nginx does.
 */
export function etagOf(stamp: FileStamp, weak = false): string {
  const tag = `"${Math.floor(stamp.mtimeMs / 1000).toString(16)}-${stamp.size.toString(16)}"`
  return weak ? `W/${tag}` : tag
}

export const lastModifiedOf = (stamp: FileStamp) => new Date(stamp.mtimeMs).toUTCString()

const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

/**
 * RFC 9110 §13.1.2/13.1.3: If-None-Match (weak comparison) decides when present; otherwise
 * If-Modified-Since, to the second.
 */
export function isNotModified(
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
  etag: string,
  stamp: FileStamp,
): boolean {
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return true
    return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag))
  }
  if (ifModifiedSince === undefined) return false
  const since = Date.parse(ifModifiedSince)
  return !Number.isNaN(since) && Math.floor(stamp.mtimeMs / 1000) * 1000 <= since
}
