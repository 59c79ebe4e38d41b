import { createHash } from 'node:crypto'
import { MEDIA_FILES, PLANTED_FILES, type FixtureSites } from './fixtureSites'
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
    // Search: a union's index on a ППО's host (same origin), and the ППО's scope file.
    ['zarechnaya.localhost', '/_search/ugleprof.localhost/pagefind-entry.json'],
    ['zarechnaya.localhost', '/_search/ugleprof.localhost/pagefind.js'],
    ['zarechnaya.localhost', '/search-scope.json'],
  ]
  const redirects: [string, string][] = [
    ['ugleprof.localhost', '/news'],
    ['ugleprof.localhost', '/org/severny'],
    ['mfp.localhost', '/news?page=2'],
    // A post's old slug (redirects.json of the host), with and without its slash, in a section.
    ['ugleprof.localhost', '/news/staryy-adres/'],
    ['ugleprof.localhost', '/news/staryy-adres?utm=x'],
    ['ugleprof.localhost', '/org/severny/news/itogi/'],
  ]
  const notFound: [string, string][] = [
    ['ugleprof.localhost', '/nope/'],
    ['ugleprof.localhost', '/nope'],
    ['ugleprof.localhost', '/org/severny/nope/'],
    ['ugleprof.localhost', '/org/nope/x'],
    ['ugleprof.localhost', '/org/'],
    ['zarechnaya.localhost', '/news/nope'],
    ['mfp.localhost', '/_astro/'],
    ['mfp.localhost', '/_search/pagefind.js'],
    ['mfp.localhost', '/_search/nope.localhost/pagefind.js'],
    ['mfp.localhost', '/_search/ugleprof.localhost/'],
    ['mfp.localhost', '/_search/ugleprof.localhost/nope.html'],
    ['mfp.localhost', '/_astro/nope.css'],
    ['mfp.localhost', '/media/'],
    ['mfp.localhost', '/media/documents'],
    ['mfp.localhost', '/media/nope.png'],
    // Uploads off the allow-list, and names no file system takes (ENAMETOOLONG).
    ...Object.keys(PLANTED_FILES)
      .filter((name) => !name.endsWith('.png'))
      .map((name): [string, string] => ['ugleprof.localhost', `/media/${name}`]),
    ['mfp.localhost', '/media/images/'],
    ['mfp.localhost', `/${'a'.repeat(300)}/`],
    ['mfp.localhost', `/${'a'.repeat(300)}`],
    ['ugleprof.localhost', `/org/severny/${'b'.repeat(300)}/`],
    ['mfp.localhost', `/media/${'c'.repeat(300)}.png`],
    ['mfp.localhost', `/${'x/'.repeat(1100)}`],
  ]
  const shared: [string, string][] = [
    ['mfp.localhost', `/_astro/${assets.css}`],
    ['zarechnaya.localhost', `/_astro/${assets.woff2}`],
    ['localhost', `/_astro/${assets.svg}`],
    ...[...Object.keys(MEDIA_FILES), 'images/evil.png'].map((name): [string, string] => [
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
    // Unknown hosts: in the network, outside it (nginx's default server), absurdly long.
    ...plain([
      ['nope.localhost', '/'],
      ['nope.localhost', `/_astro/${assets.css}`],
      ['nope.localhost', '/media/images/fnpr.png'],
      ['evil.example', '/'],
      ['evil.example', '/media/images/fnpr.png'],
      [`${'a'.repeat(300)}.localhost`, '/'],
      [`${'a'.repeat(64)}.localhost`, '/news/'],
    ]),
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

/** Headers both servers send with every answer, errors and redirects included. */
const SECURITY = [
  'x-content-type-options',
  'referrer-policy',
  'content-security-policy',
  'content-disposition',
]

/**
 * What differs between the two answers to one request: always the status and the security
 * headers; the Location of a redirect; the body (as bytes), type and encoding of a file; the
 * validators and caching of a 200.
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
  headers(SECURITY)
  if (ours.status === 301) headers(['location'])
  if (request.ownBody || ours.status === 301) return differences
  compare('body', digest(ours.body), digest(theirs.body))
  headers(['content-type', 'content-encoding'])
  if (ours.status === 200) {
    headers(['cache-control', 'etag', 'last-modified'])
  }
  return differences
}
