/**
 * Dates of feeds and sitemaps. Snapshot dates are ISO 8601 with an offset (the schema requires
 * one); the feeds keep that offset so that a reader shows the org's local time, not UTC.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function parts(iso: string): RegExpExecArray {
  const match = ISO.exec(iso)
  if (!match) throw new Error(`not an ISO 8601 date-time with an offset: "${iso}"`)
  return match
}

const two = (n: number) => String(n).padStart(2, '0')

/**
 * RFC 822 (as RSS 2.0 wants, with a four-digit year): "Fri, 06 Mar 2026 10:00:00 +0300".
 * The weekday is computed from the local date, which is what the offset describes.
 */
export function rfc822(iso: string): string {
  const [, y, mo, d, h, mi, s, , zone] = parts(iso)
  const local = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  const offset = zone === 'Z' ? '+0000' : zone!.replace(':', '')
  const day = DAYS[local.getUTCDay()]!
  const month = MONTHS[Number(mo) - 1]!
  return `${day}, ${two(Number(d))} ${month} ${y} ${h}:${mi}:${s} ${offset}`
}

/** RFC 3339 (Atom, sitemaps): the snapshot's own string, fractions of a second dropped. */
export function rfc3339(iso: string): string {
  const [, y, mo, d, h, mi, s, , zone] = parts(iso)
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`
}

/** The latest of some ISO dates (compared as instants), or `fallback` when there are none. */
export function latest(dates: readonly string[], fallback: string): string {
  let best: string | undefined
  let bestAt = -Infinity
  for (const date of dates) {
    const at = Date.parse(date)
    if (best === undefined || at > bestAt) [best, bestAt] = [date, at]
  }
  return best ?? fallback
}
