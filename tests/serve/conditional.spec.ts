import { describe, expect, it } from 'vitest'
import {
  chooseEncoding,
  etagOf,
  isNotModified,
  parseAcceptEncoding,
} from '../../serving/conditional'
import { contentTypeOf, isCompressible } from '../../serving/fileTypes'

describe('content types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['BaseLayout.utB54kkq.css', 'text/css; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['a.PNG', 'image/png'],
    ['a.webp', 'image/webp'],
    ['a.avif', 'image/avif'],
    ['a.jpeg', 'image/jpeg'],
    ['sitemap.xml', 'application/xml; charset=utf-8'],
    ['feed.rss', 'application/rss+xml; charset=utf-8'],
    ['data.json', 'application/json'],
    ['ustav.pdf', 'application/pdf'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['otchet.odt', 'application/vnd.oasis.opendocument.text'],
    ['archive.tar', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(contentTypeOf(`/x/${file}`)).toBe(type))

  it('compresses text, not images, fonts or PDFs', () => {
    expect(['a.html', 'a.css', 'a.svg', 'a.json'].every(isCompressible)).toBe(true)
    expect(['a.png', 'a.woff2', 'a.pdf', 'a.jpg'].some(isCompressible)).toBe(false)
  })
})

describe('Accept-Encoding', () => {
  it('reads codings and qualities', () => {
    expect([...parseAcceptEncoding('gzip, BR;q=0.5, *;q=0')]).toEqual([
      ['gzip', 1],
      ['br', 0.5],
      ['*', 0],
    ])
  })

  it.each([
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['*', 'br'],
  ] as const)('%j → %s', (header, expected) => {
    expect(chooseEncoding(header, ['br', 'gzip'])).toBe(expected)
  })

  it('only offers what exists', () => {
    expect(chooseEncoding('br, gzip', ['gzip'])).toBe('gzip')
    expect(chooseEncoding('br', ['gzip'])).toBeUndefined()
  })
})

describe('validators', () => {
  const stamp = { mtimeMs: 1_795_000_000_999, size: 12_709 }

  it('uses the nginx ETag format, weak when compressed on the fly', () => {
    expect(etagOf(stamp)).toBe('"6afd86c0-31a5"')
    expect(etagOf(stamp, true)).toBe('W/"6afd86c0-31a5"')
  })

  it('answers 304 on a matching If-None-Match (weak comparison) or *', () => {
    const etag = etagOf(stamp)
    expect(isNotModified(etag, undefined, etag, stamp)).toBe(true)
    expect(isNotModified(`"x", W/${etag}`, undefined, etag, stamp)).toBe(true)
    expect(isNotModified('*', undefined, etag, stamp)).toBe(true)
    expect(isNotModified('"other"', undefined, etag, stamp)).toBe(false)
  })

  it('falls back to If-Modified-Since only without If-None-Match', () => {
    const etag = etagOf(stamp)
    const at = new Date(stamp.mtimeMs).toUTCString()
    expect(isNotModified(undefined, at, etag, stamp)).toBe(true)
    expect(isNotModified(undefined, 'Thu, 01 Jan 2015 00:00:00 GMT', etag, stamp)).toBe(false)
    expect(isNotModified('"other"', at, etag, stamp)).toBe(false)
    expect(isNotModified(undefined, 'garbage', etag, stamp)).toBe(false)
  })
})
