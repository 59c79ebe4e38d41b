import { createHash } from 'node:crypto'
import { MEDIA_FILES, type FixtureSites } from './fixtureSites'
import type { HttpAnswer } from './httpGet'

export interface ParityRequest {
  host: string
  path: string
  headers?: Record<string, string>
  /** The two servers write different bodies of their own (error pages, unknown hosts). */
  ownBody?: boolean
}

/**
 * Requests sent to both the preview server and nginx: pages of every host, a section, redirects,
 * 404 pages, shared assets, uploads, normalized and refused paths.
 */
export function parityRequests({ assets }: FixtureSites): ParityRequest[] {
  const pages: [string, string][] = [
    ['localhost', '/'],
    ['localhost', '/o-federatsii/'],
    ['mfp.localhost', '/'],
    ['mfp.localhost', '/news/'],
    ['ugleprof.localhost', '/news/page/2/'],
    ['ugleprof.localhost', '/news/rubric/okhrana-truda/'],
    ['ugleprof.localhost', '/o-nas/istoriya/'],
    ['ugleprof.localhost', '/org/severny/'],
    ['ugleprof.localhost', '/org/severny/documents/'],
    ['zarechnaya.localhost', '/contacts/'],
    ['zarechnaya.localhost', '/structure/'],
    ['UGLEPROF.Localhost:4321', '/documents/'],
    ['ugleprof.localhost', '/news/index.html'],
  ]
  const redirects: [string, string][] = [
    ['ugleprof.localhost', '/news'],
    ['ugleprof.localhost', '/org/severny'],
    ['mfp.localhost', '/news?page=2'],
  ]
  const notFound: [string, string][] = [
    ['ugleprof.localhost', '/nope/'],
    ['ugleprof.localhost', '/nope'],
    ['ugleprof.localhost', '/org/severny/nope/'],
    ['ugleprof.localhost', '/org/nope/x'],
    ['ugleprof.localhost', '/org/'],
    ['zarechnaya.localhost', '/news/nope'],
    ['mfp.localhost', '/_astro/'],
    ['mfp.localhost', '/_astro/nope.css'],
    ['mfp.localhost', '/media/'],
    ['mfp.localhost', '/media/documents'],
    ['mfp.localhost', '/media/nope.png'],
  ]
  const shared: [string, string][] = [
    ['mfp.localhost', `/_astro/${assets.css}`],
    ['zarechnaya.localhost', `/_astro/${assets.woff2}`],
    ['localhost', `/_astro/${assets.svg}`],
    ...Object.keys(MEDIA_FILES).map((name): [string, string] => [
      'ugleprof.localhost',
      `/media/${name}`,
    ]),
  ]
  const normalized: [string, string][] = [
    ['mfp.localhost', '/news/../contacts/'],
    ['mfp.localhost', '//news//'],
    ['mfp.localhost', '/%6eews/'],
    ['mfp.localhost', '/news/.'],
  ]
  const refused = ['/../etc/passwd', '/news/../../x', '/%2e%2e/x', '/news/%zz', '/%00']
  const plain = (list: [string, string][]) => list.map(([host, path]) => ({ host, path }))
  return [
    ...plain([...pages, ...redirects, ...notFound, ...shared, ...normalized]),
    ...refused.map((path) => ({ host: 'mfp.localhost', path, ownBody: true })),
    { host: 'nope.localhost', path: '/', ownBody: true },
    {
      host: 'mfp.localhost',
      path: `/_astro/${assets.css}`,
      headers: { 'accept-encoding': 'gzip' },
    },
  ]
}

/** Short enough to read in a failure message. */
const digest = (body: Buffer) =>
  `${body.length} bytes, sha256 ${createHash('sha256').update(body).digest('hex').slice(0, 12)}`

/**
 * What differs between the two answers to one request: always the status; the Location of a
 * redirect; the body (as bytes), type and encoding of a file; the validators and caching of a 200.
 */
export function answerDifferences(
  request: ParityRequest,
  ours: HttpAnswer,
  theirs: HttpAnswer,
): string[] {
  const label = `${request.host}${request.path}`
  const differences: string[] = []
  const compare = (what: string, a: unknown, b: unknown) => {
    if (a !== b) differences.push(`${label}: ${what} preview=${String(a)} nginx=${String(b)}`)
  }
  const headers = (names: string[]) =>
    names.forEach((name) => compare(name, ours.headers[name], theirs.headers[name]))
  compare('status', ours.status, theirs.status)
  if (ours.status === 301) headers(['location'])
  if (request.ownBody || ours.status === 301) return differences
  compare('body', digest(ours.body), digest(theirs.body))
  headers(['content-type', 'content-encoding'])
  if (ours.status === 200) {
    headers(['cache-control', 'etag', 'last-modified', 'x-content-type-options', 'referrer-policy'])
  }
  return differences
}
