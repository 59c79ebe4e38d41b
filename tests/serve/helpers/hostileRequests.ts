import fc from 'fast-check'

/**
 * fast-check arbitraries of whole HTTP/1.1 requests as raw bytes: request targets that climb,
 * encode, repeat or overflow; Host headers too long, malformed, duplicated or absent; odd
 * methods; and random headers. Mostly near-valid, so that they reach the router and the
 * file system rather than the HTTP parser.
 */

const KNOWN_HOSTS = ['site.localhost', 'SITE.localhost:4321', 'site.localhost.', 'nope.localhost']
const CLIMBS = ['..', '%2e%2e', '%2E%2e', '.%2e', '..%2f..', '..\\..', '%2f..%2f', '....//']
const SEGMENTS = [
  '',
  '.',
  'index.html',
  'news',
  'org',
  'sec',
  '404',
  '_astro',
  'app.css',
  'media',
  'images',
  'logo.png',
  'documents',
  'ustav.pdf',
  'secret.txt',
  'media-secret.txt',
  'sites-secret',
  '.env',
  'sites',
  '%00',
  '%zz',
  '%',
  '%2f',
  '%5c',
  '~',
  'x.html',
  'ünïcödé',
  '%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8',
]

const longText = (min: number, max: number) =>
  fc
    .tuple(fc.constantFrom('a', '%D1%8F', '%41', '../', 'x.'), fc.integer({ min, max }))
    .map(([unit, count]) => unit.repeat(count))

const segment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SEGMENTS) },
  { weight: 3, arbitrary: fc.constantFrom(...CLIMBS) },
  // Any code points, percent-encoded (reach the router) or raw (reach the HTTP parser).
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: longText(200, 5_000) },
)

const query = fc.oneof(fc.stringMatching(/^[a-z0-9=&%./-]{0,20}$/), fc.string({ maxLength: 10 }))

const target = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.array(segment, { maxLength: 8 }), fc.boolean(), fc.option(query))
      .map(
        ([parts, slash, query]) =>
          `/${parts.join('/')}${slash ? '/' : ''}${query === null ? '' : `?${query}`}`,
      ),
  },
  { weight: 1, arbitrary: fc.constantFrom('*', '', 'news', '//', '/%', 'http://', '/?') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...KNOWN_HOSTS, 'a'.repeat(300)), fc.array(segment, { maxLength: 4 }))
      .map(([host, parts]) => `http://${host}/${parts.join('/')}`),
  },
  { weight: 1, arbitrary: longText(2_000, 9_000).map((text) => `/${text}`) },
)

const label = fc.oneof(
  fc.constantFrom('site', 'localhost', 'xn--80a', 'a-b', '_astro', '..', '', '*', '.'),
  fc.stringMatching(/^[a-z0-9-]{1,20}$/),
  longText(60, 400),
)

const hostValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN_HOSTS) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.array(label, { minLength: 1, maxLength: 6 }), fc.option(fc.nat({ max: 99_999 })))
      .map(([labels, port]) => `${labels.join('.')}${port === null ? '' : `:${port}`}`),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('[::1]', '[::1]:80', '[zz]', 'localhost/x', '127.0.0.1'),
  },
)

const method = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('GET', 'HEAD') },
  { weight: 2, arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'get') },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{1,12}$/) },
)

const header = fc.oneof(
  fc.tuple(
    fc.constantFrom(
      'Accept-Encoding',
      'If-None-Match',
      'If-Modified-Since',
      'Range',
      'Cookie',
      'X-Forwarded-Host',
      'Transfer-Encoding',
      'Content-Length',
    ),
    fc.oneof(
      fc.constantFrom('gzip', 'br;q=0', '*;q=abc', '"x", W/"y"', 'bytes=0-0', 'chunked', '-1'),
      fc.string({ maxLength: 30 }),
      longText(1_000, 20_000),
    ),
  ),
  fc.tuple(fc.stringMatching(/^[A-Za-z-]{1,20}$/), fc.string({ unit: 'binary', maxLength: 30 })),
)

/** One request as the bytes a client would send (hosts as a list: none, one or two). */
export function hostileRequest(): fc.Arbitrary<Buffer> {
  return fc
    .record({
      method,
      target,
      hosts: fc.oneof(
        { weight: 8, arbitrary: hostValue.map((host) => [host]) },
        { weight: 1, arbitrary: fc.array(hostValue, { maxLength: 2 }) },
      ),
      headers: fc.array(header, { maxLength: 4 }),
    })
    .map(({ method, target, hosts, headers }) => {
      const lines = [
        `${method} ${target} HTTP/1.1`,
        ...hosts.map((host) => `Host: ${host}`),
        ...headers.map(([name, value]) => `${name}: ${value}`),
        'Connection: close',
      ]
      return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8')
    })
}
