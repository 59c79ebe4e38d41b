import { describe, expect, it } from 'vitest'
import { A11Y_SETTINGS, A11Y_UI } from '../../../site/src/lib/a11y'
import { attr, decode, tags, type FixtureBuild } from '../helpers/fixtureBuild'

const meta = (html: string, property: string) =>
  tags(html, 'meta')
    .filter((t) => attr(t, 'property') === property || attr(t, 'name') === property)
    .map((t) => decode(attr(t, 'content') ?? ''))
const links = (html: string, rel: string) =>
  tags(html, 'link').filter((t) => attr(t, 'rel') === rel)

/** One page of each type, on a host site and on a section site. */
const PAGE_TYPES = [
  'ugleprof.localhost/index.html',
  'ugleprof.localhost/news/index.html',
  'ugleprof.localhost/news/page/2/index.html',
  'ugleprof.localhost/news/rubric/okhrana-truda/index.html',
  'ugleprof.localhost/news/otraslevoe-soglashenie/index.html',
  'ugleprof.localhost/o-nas/istoriya/index.html',
  'ugleprof.localhost/documents/index.html',
  'ugleprof.localhost/contacts/index.html',
  'ugleprof.localhost/structure/index.html',
  'ugleprof.localhost/org/severny/index.html',
  'ugleprof.localhost/org/severny/news/proverka-ventilyatsii/index.html',
  'ugleprof.localhost/org/severny/o-nas/index.html',
]

/** The head and the page chrome (accessibility panel, print parts) of every page type. */
export function describeHead(build: FixtureBuild): void {
  const { read, exists, files } = build

  describe('head of every page', () => {
    it('has Open Graph basics, and a canonical URL equal to og:url except on 404 pages', () => {
      for (const file of files('.html')) {
        const html = read(file)
        for (const property of ['og:type', 'og:title', 'og:url', 'og:site_name', 'og:locale'])
          expect(meta(html, property), `${file}: ${property}`).toHaveLength(1)
        expect(meta(html, 'twitter:card'), file).toHaveLength(1)
        const canonical = links(html, 'canonical')
        if (file.endsWith('/404/index.html')) {
          expect(canonical, file).toHaveLength(0)
          expect(meta(html, 'robots'), file).toEqual(['noindex'])
        } else {
          expect(canonical, file).toHaveLength(1)
          expect(decode(attr(canonical[0]!, 'href')!), file).toBe(meta(html, 'og:url')[0])
        }
      }
      for (const file of PAGE_TYPES) expect(exists(file), file).toBe(true)
    })

    it('names the site feeds on every page, a rubric page its own first', () => {
      for (const file of files('.html')) {
        // The events page names its calendar first (built/events.ts checks it): news feeds here.
        const feeds = links(read(file), 'alternate')
          .filter((t) => attr(t, 'type') !== 'text/calendar')
          .map((t) => [attr(t, 'type'), attr(t, 'href')])
        expect(feeds.length, file).toBeGreaterThanOrEqual(2)
        for (const [, href] of feeds) expect(href, file).toMatch(/^http:\/\/[a-z.]+:4321\//)
        expect(feeds.map(([type]) => type).slice(0, 2)).toEqual([
          'application/rss+xml',
          'application/atom+xml',
        ])
        // The site-wide feeds come last, on the page's own host.
        const host = file.split('/')[0]!
        expect(feeds.at(-1)![1], file).toMatch(
          new RegExp(`^http://${host}:4321/(org/[a-z-]+/)?atom\\.xml$`),
        )
      }
      const rubric = links(
        read('ugleprof.localhost/news/rubric/okhrana-truda/index.html'),
        'alternate',
      )
      expect(attr(rubric[0]!, 'href')).toBe(
        'http://ugleprof.localhost:4321/news/rubric/okhrana-truda/rss.xml',
      )
      expect(decode(attr(rubric[0]!, 'title')!)).toBe('Охрана труда — Росуглепроф (RSS)')
      const section = links(read('ugleprof.localhost/org/severny/index.html'), 'alternate')
      expect(attr(section[0]!, 'href')).toBe('http://ugleprof.localhost:4321/org/severny/rss.xml')
    })

    it('describes an article with article:* properties and its cover size', () => {
      const html = read('ugleprof.localhost/news/otraslevoe-soglashenie/index.html')
      expect(meta(html, 'og:type')).toEqual(['article'])
      expect(meta(html, 'article:published_time')).toEqual(['2026-03-16T12:00:00+03:00'])
      expect(meta(html, 'article:section')).toEqual(['Коллективный договор'])
      expect(meta(html, 'og:image:width')).toHaveLength(1)
      expect(meta(html, 'twitter:card')).toEqual(['summary_large_image'])
    })

    it('previews an article with a size made at upload, never the original cover', () => {
      // The cover is fos-1600.jpg with sizes of 480 and 960 px: the largest ≤ 1200 px wide.
      const html = read('ugleprof.localhost/news/otraslevoe-soglashenie/index.html')
      const sized = 'http://ugleprof.localhost:4321/media/covers/fos-960.jpg'
      expect(meta(html, 'og:image')).toEqual([sized])
      expect(meta(html, 'og:image:width')).toEqual(['960'])
      expect(meta(html, 'og:image:height')).toEqual(['540'])
      expect(meta(html, 'og:image:alt')).toEqual(['Подписание отраслевого соглашения'])
      const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!
      expect(JSON.parse(jsonLd).image).toEqual([sized])
      // A syndicated copy: the size on the reader's own origin.
      const copy = read('zarechnaya.localhost/news/shkola-upolnomochennykh/index.html')
      expect(meta(copy, 'og:image')).toEqual([
        'http://zarechnaya.localhost:4321/media/covers/shkola-960.jpg',
      ])
      for (const file of files('.html'))
        for (const image of meta(read(file), 'og:image'))
          expect(image, file).not.toMatch(/-1600\.jpg$/)
    })
  })

  describe('accessibility switch', () => {
    it('sits in the header of every page with one checked radio per setting', () => {
      for (const file of files('.html')) {
        const html = read(file)
        const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'))
        expect(header, file).toContain(`<summary>`)
        expect(header, file).toContain(A11Y_UI.toggle)
        expect(header, file).toMatch(/<form class="a11y-form" method="dialog">/)
        for (const setting of A11Y_SETTINGS) {
          const radios = tags(header, 'input').filter(
            (t) => attr(t, 'name') === `a11y-${setting.name}`,
          )
          expect(
            radios.map((t) => attr(t, 'value')),
            file,
          ).toEqual(setting.options.map((o) => o.value))
          expect(
            radios.filter((t) => /\schecked\b/.test(t)),
            file,
          ).toHaveLength(1)
        }
        expect(header, file).toContain(`<button type="reset">${A11Y_UI.reset}</button>`)
      }
    })

    it('labels every radio and names every group', () => {
      const header = read('zarechnaya.localhost/index.html').split('</header>')[0]!
      expect(header.match(/<fieldset>\s*<legend>/g)).toHaveLength(A11Y_SETTINGS.length)
      expect(header.match(/<label>\s*<input type="radio"/g)).toHaveLength(
        A11Y_SETTINGS.flatMap((s) => s.options).length,
      )
    })
  })

  describe('print', () => {
    it('prints the address of an article on this site', () => {
      expect(
        read('ugleprof.localhost/org/severny/news/proverka-ventilyatsii/index.html'),
      ).toContain(
        '<p class="print-only print-url">Адрес материала: http://ugleprof.localhost:4321/org/severny/news/proverka-ventilyatsii/</p>',
      )
    })

    it('ships an A4 print stylesheet and the contrast preferences in the shared CSS', () => {
      const sheet = tags(read('localhost/index.html'), 'link').find((t) =>
        t.includes('stylesheet'),
      )!
      const css = read(attr(sheet, 'href')!.slice(1))
      expect(css).toMatch(/@media print\{@page\{size:A4/)
      expect(css).toMatch(/\.main-nav,[^{]*\.site-footer[^{]*\{display:none!important\}/)
      expect(css).toContain('prefers-contrast:more')
      expect(css).toContain(
        ':root:is([data-a11y-size=large],:has(input[name=a11y-size][value=large]:checked))',
      )
    })
  })
}
