/**
 * Internal links of a build output, checked against the files it holds, as the web server maps
 * them (serving/resolveRequest.ts): `<out>/<host>/<path>` for pages (`/dir/` →
 * `dir/index.html`, `/dir` → redirect to `/dir/`), `/_astro/` from the shared `<out>/_astro/`,
 * `/media/` from the uploads, on every host. Pure: the caller passes file lists and page refs.
 */
import type { PageRefs } from './htmlRefs'
import type { CheckProblem } from './problem'
import { FORMS_PATH } from '../../serving/formsPaths'

export interface LinkCheckInput {
  /** Every file of the output, relative, forward slashes. */
  files: ReadonlySet<string>
  /** Refs and ids of every page, by its output file. */
  pages: ReadonlyMap<string, PageRefs>
  /** Hosts of the output (its top-level site folders). */
  hosts: readonly string[]
  /** Files of the uploads served as `/media/`; undefined: media links are not checked. */
  media?: ReadonlySet<string>
  /**
   * The output holds only some sites of its networks (test fixtures): a link to a sub-domain
   * site that is not in it is not followed. Otherwise such a link is broken.
   */
  partial?: boolean
}

export interface LinkReport {
  problems: CheckProblem[]
  /** Internal links whose target was looked up. */
  checked: number
  /** Links to other hosts or schemes (mailto:, tel:), not followed. */
  external: number
  /** `/media/` links left unchecked because no media folder was given. */
  mediaUnchecked: number
}

const ASSETS = '/_astro/'
const MEDIA = '/media/'
const STAND_PDF_PATH = /\/stand\/\d{4}-w\d{2}\.pdf$/

/** `mfp.localhost/news/x/index.html` → `http://mfp.localhost/news/x/`, the base of its links. */
export function pageUrl(file: string): URL {
  const slash = file.indexOf('/')
  const host = file.slice(0, slash)
  const rest = file.slice(slash + 1)
  const pathname = rest === 'index.html' ? '' : rest.replace(/(^|\/)index\.html$/, '$1')
  return new URL(`http://${host}/${pathname}`)
}

/**
 * A host of the output, or a host inside a network whose apex is one (`new.mosfed.ru` when
 * `mosfed.ru` is built): a link there is internal and must exist.
 */
export function internalHost(hostname: string, hosts: readonly string[]): boolean {
  return hosts.some((h) => hostname === h || hostname.endsWith(`.${h}`))
}

type Target =
  | { kind: 'skip' }
  | { kind: 'broken'; reason: string }
  | { kind: 'media'; file: string }
  | { kind: 'files'; candidates: string[] }

function targetOf(raw: string, base: URL, hosts: readonly string[], partial: boolean): Target {
  let url: URL
  try {
    url = new URL(raw.trim(), base)
  } catch {
    return { kind: 'broken', reason: 'is not a valid URL' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'skip' }
  if (partial ? !hosts.includes(url.hostname) : !internalHost(url.hostname, hosts))
    return { kind: 'skip' }
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return { kind: 'broken', reason: 'has a malformed %-escape' }
  }
  // Form posts go to the CMS through the site servers (serving/formsPaths.ts), not to a file.
  if (FORMS_PATH.test(pathname)) return { kind: 'skip' }
  // The weekly stand's PDF is printed by the stand job after the build (publishing/stand/).
  if (STAND_PDF_PATH.test(pathname)) return { kind: 'skip' }
  if (pathname.startsWith(MEDIA)) return { kind: 'media', file: pathname.slice(MEDIA.length) }
  if (pathname.startsWith(ASSETS)) return { kind: 'files', candidates: [pathname.slice(1)] }
  const file = `${url.hostname}${pathname}`
  if (file.endsWith('/')) return { kind: 'files', candidates: [`${file}index.html`] }
  return { kind: 'files', candidates: [file, `${file}/index.html`] }
}

/** `#top` and an empty fragment scroll to the top of any page (HTML's "indicated part"). */
function fragmentOf(raw: string): string | undefined {
  const hash = raw.indexOf('#')
  if (hash < 0) return undefined
  let fragment = raw.slice(hash + 1)
  try {
    fragment = decodeURIComponent(fragment)
  } catch {
    // Kept as written: ids may contain a literal %.
  }
  return fragment === '' || fragment.toLowerCase() === 'top' ? undefined : fragment
}

export function checkLinks(input: LinkCheckInput): LinkReport {
  const report: LinkReport = { problems: [], checked: 0, external: 0, mediaUnchecked: 0 }
  for (const [file, { refs }] of input.pages) {
    const base = pageUrl(file)
    const broken = (where: string, url: string, why: string) =>
      report.problems.push({ check: 'links', file, message: `${where} "${url}" ${why}` })
    for (const { where, url } of refs) {
      const target = targetOf(url, base, input.hosts, input.partial ?? false)
      if (target.kind === 'skip') {
        report.external += 1
        continue
      }
      if (target.kind === 'broken') {
        broken(where, url, target.reason)
        continue
      }
      if (target.kind === 'media') {
        if (!input.media) {
          report.mediaUnchecked += 1
          continue
        }
        report.checked += 1
        if (!input.media.has(target.file)) broken(where, url, 'points at a missing upload')
        continue
      }
      report.checked += 1
      const found = target.candidates.find((candidate) => input.files.has(candidate))
      if (!found) {
        broken(where, url, `has no file in the output (looked for ${target.candidates[0]})`)
        continue
      }
      const fragment = fragmentOf(url)
      const ids = input.pages.get(found)?.ids
      if (fragment !== undefined && ids && !ids.has(fragment))
        broken(where, url, `points at #${fragment}, which ${found} does not have`)
    }
  }
  return report
}
