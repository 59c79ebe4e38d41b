import type { AccessLogEntry } from './accessLogLine'
import { refererDomain, viewPath } from './viewPath'
import { moscowDay } from './moscowDay'

/** What one log line adds to the statistics: a page view, and whether it starts a visit. */
export interface CountedView {
  host: string
  path: string
  day: string
  /** An entry into the site: no referer, or one from another host. */
  visit: boolean
  /** The other site that sent the visitor, if any (a domain, never a URL). */
  from: string | null
}

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9-]{1,63})*$/

/**
 * Whether a log line is a page view, and of what. Counted: GET of an HTML page answered 2xx or
 * 304 (a browser's revalidation of a page it holds is a view too: pages are sent `no-cache`) by
 * a visitor `isBot` does not recognise. Everything else (assets, errors, redirects, bots, junk
 * hosts or paths) is null. Visits are honest without cookies or addresses: a view that enters
 * the site from outside (empty or external referer), so a reader moving between pages of one
 * site is one visit; returning readers who type the address count again.
 */
export function countView(
  entry: AccessLogEntry,
  isBot: (userAgent: string) => boolean,
): CountedView | null {
  if (entry.method !== 'GET') return null
  if (!((entry.status >= 200 && entry.status < 300) || entry.status === 304)) return null
  const host = entry.host.toLowerCase()
  if (!HOST.test(host)) return null
  if (entry.userAgent === '' || isBot(entry.userAgent)) return null
  const path = viewPath(entry.path)
  if (!path) return null
  const referer = refererDomain(entry.referer)
  const internal = referer !== null && referer === host.replace(/^www\./, '')
  return {
    host,
    path,
    day: moscowDay(entry.time),
    visit: !internal,
    from: internal ? null : referer,
  }
}
