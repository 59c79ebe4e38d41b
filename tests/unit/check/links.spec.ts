import { describe, expect, it } from 'vitest'
import { extractRefs } from '../../../tools/checks/htmlRefs'
import { checkLinks, internalHost, pageUrl } from '../../../tools/checks/links'

/** An output with two hosts; `pages` are HTML by file, every other file just exists. */
function check(
  pages: Record<string, string>,
  others: string[] = [],
  media?: string[],
  partial = false,
) {
  const files = new Set([...Object.keys(pages), ...others])
  const refs = new Map(Object.entries(pages).map(([file, html]) => [file, extractRefs(html)]))
  return checkLinks({
    files,
    pages: refs,
    hosts: ['localhost', 'mfp.localhost'],
    media: media && new Set(media),
    partial,
  })
}
const messages = (report: ReturnType<typeof check>) =>
  report.problems.map((p) => `${p.file}: ${p.message}`)

describe('pageUrl and internalHost', () => {
  it('gives each output file the URL it is served at', () => {
    expect(pageUrl('mfp.localhost/index.html').href).toBe('http://mfp.localhost/')
    expect(pageUrl('mfp.localhost/news/x/index.html').href).toBe('http://mfp.localhost/news/x/')
    expect(pageUrl('mfp.localhost/404.html').href).toBe('http://mfp.localhost/404.html')
  })

  it('treats sub-domains of a built network apex as internal', () => {
    expect(internalHost('mfp.localhost', ['localhost'])).toBe(true)
    expect(internalHost('localhost.ru', ['localhost'])).toBe(false)
    expect(internalHost('example.org', ['localhost'])).toBe(false)
  })
})

describe('checkLinks', () => {
  it('resolves links like the web server: slash URLs, directory redirects, files, other hosts', () => {
    const report = check(
      {
        'localhost/index.html':
          '<a href="/news/">н</a><a href="news/a">н</a><a href="http://mfp.localhost:4321/">м</a>' +
          '<a href="/rss.xml">r</a><link rel="stylesheet" href="/_astro/s.css"><a href="mailto:a@b.ru">@</a>' +
          '<a href="https://example.org/x/">x</a><a href="tel:+7">t</a>',
        'localhost/news/index.html': '',
        'localhost/news/a/index.html': '<a href="../">назад</a>',
        'mfp.localhost/index.html': '',
      },
      ['localhost/rss.xml', '_astro/s.css'],
    )
    expect(messages(report)).toEqual([])
    expect(report.checked).toBe(6)
    expect(report.external).toBe(3)
  })

  it('reports a missing page, a missing host site and a missing asset, naming the file', () => {
    const report = check({
      'localhost/index.html':
        '<a href="/nope/">x</a><a href="http://shakhta.localhost:4321/">ш</a><img src="/_astro/gone.svg" alt="">',
    })
    expect(messages(report)).toEqual([
      'localhost/index.html: a[href] "/nope/" has no file in the output (looked for localhost/nope/index.html)',
      'localhost/index.html: a[href] "http://shakhta.localhost:4321/" has no file in the output (looked for shakhta.localhost/index.html)',
      'localhost/index.html: img[src] "/_astro/gone.svg" has no file in the output (looked for _astro/gone.svg)',
    ])
  })

  it('skips sites of the network that are not in a partial output', () => {
    const page = { 'localhost/index.html': '<a href="http://shakhta.localhost:4321/">ш</a>' }
    expect(check(page).problems).toHaveLength(1)
    expect(check(page, [], undefined, true)).toMatchObject({ problems: [], external: 1 })
  })

  it('checks fragments against the ids of the target page', () => {
    const report = check({
      'localhost/index.html':
        '<a href="#main">к содержанию</a><main id="main"></main><a href="#top">↑</a><a href="/news/#missing">н</a><a href="#">x</a>',
      'localhost/news/index.html': '<h2 id="other"></h2>',
    })
    expect(messages(report)).toEqual([
      'localhost/index.html: a[href] "/news/#missing" points at #missing, which localhost/news/index.html does not have',
    ])
  })

  it('checks /media/ against the uploads only when they are given', () => {
    const page = {
      'localhost/index.html':
        '<img src="/media/images/a.jpg" srcset="/media/images/b.jpg 2x" alt="">',
    }
    expect(check(page).mediaUnchecked).toBe(2)
    expect(messages(check(page, [], ['images/a.jpg']))).toEqual([
      'localhost/index.html: img[srcset] "/media/images/b.jpg" points at a missing upload',
    ])
  })

  it('decodes %-escapes and reports malformed URLs', () => {
    const report = check(
      {
        'localhost/index.html':
          '<a href="/%D0%BE/">о</a><a href="/%E0%A4%A/">x</a><a href="http://[bad">y</a>',
      },
      ['localhost/о/index.html'],
    )
    expect(messages(report)).toEqual([
      'localhost/index.html: a[href] "/%E0%A4%A/" has a malformed %-escape',
      'localhost/index.html: a[href] "http://[bad" is not a valid URL',
    ])
  })
})
