/**
 * The sites' access log line (`log_format union_sites`, docs/PRODUCTION.md), written by nginx
 * and, byte for byte the same way, by the preview server; read by the visits job.
 *
 *   2026-12-07T03:31:55+03:00 mfp.mosfed.ru - "GET /news/" 200 5120 "https://yandex.ru" "Mozilla/5.0 …"
 *
 * time (ISO 8601), host, `-` where other logs put the client address (never logged: GoAccess
 * needs the column), method and path without the query string, status, body bytes, the
 * referer reduced to its origin (scheme and host: never a path or query, which may name a
 * person), user agent. Values are escaped as nginx escapes them by default: `"`, `\`, control
 * characters and bytes outside printable ASCII as `\xHH`; an empty value is `-`.
 */

export interface AccessLogEntry {
  time: Date
  host: string
  method: string
  path: string
  status: number
  bytes: number
  /** The referer's origin (`https://yandex.ru`), or '' without one. */
  referer: string
  userAgent: string
}

/** nginx's default `escape`: byte-wise, so UTF-8 text becomes a row of `\xHH`. */
export function escapeLogValue(value: string): string {
  if (value === '') return '-'
  let out = ''
  for (const byte of new TextEncoder().encode(value)) {
    out +=
      byte === 0x22 || byte === 0x5c || byte < 0x20 || byte > 0x7e
        ? `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(byte)
  }
  return out
}

/** The inverse of escapeLogValue (invalid UTF-8 becomes U+FFFD, never an exception). */
export function unescapeLogValue(value: string): string {
  if (value === '-') return ''
  if (!value.includes('\\x')) return value
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '\\' && value[i + 1] === 'x' ? value.slice(i + 2, i + 4) : ''
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 3
    } else bytes.push(value.charCodeAt(i) & 0xff)
  }
  return new TextDecoder().decode(new Uint8Array(bytes))
}

/** The origin a referer URL names, as nginx's map cuts it (no user info, path or query). */
export function refererOrigin(referer: string | undefined): string {
  const match = /^(https?:\/\/)(?:[^/?#@]*@)?([^/?#@]+)/i.exec(referer ?? '')
  return match ? `${match[1]}${match[2]}` : ''
}

/** ISO 8601 with the offset written as nginx's `$time_iso8601` writes it (UTC here: `+00:00`). */
export function isoTime(time: Date): string {
  return `${time.toISOString().slice(0, 19)}+00:00`
}

export function formatAccessLine(entry: AccessLogEntry): string {
  const e = escapeLogValue
  return (
    `${isoTime(entry.time)} ${e(entry.host)} - "${e(entry.method)} ${e(entry.path)}" ` +
    `${entry.status} ${entry.bytes} "${e(entry.referer)}" "${e(entry.userAgent)}"`
  )
}

const LINE =
  /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)) (\S{1,300}) - "([A-Z]{1,20}|-) ([^"\s]{0,20000})" (\d{3}) (\d{1,15}) "([^"]{0,20000})" "([^"]{0,20000})"$/

/** One line back into its fields; null for anything not in the format (skipped, not fatal). */
export function parseAccessLine(line: string): AccessLogEntry | null {
  if (line.length > 65_536) return null
  const m = LINE.exec(line.replace(/\r$/, ''))
  if (!m) return null
  const time = new Date(m[1]!)
  if (Number.isNaN(time.getTime())) return null
  return {
    time,
    host: unescapeLogValue(m[2]!),
    method: m[3]!,
    path: unescapeLogValue(m[4]!),
    status: Number(m[5]),
    bytes: Number(m[6]),
    referer: unescapeLogValue(m[7]!),
    userAgent: unescapeLogValue(m[8]!),
  }
}
