import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SiteRenderer } from '../../../publishing/render/siteRenderer'
import { FIXTURES, fixtureJson } from '../fixtures'
import { attr, tags, type FixtureBuild } from '../helpers/fixtureBuild'

const ARTICLE = 'ugleprof.localhost/news/otraslevoe-soglashenie/index.html'
const moduleScripts = (html: string) =>
  tags(html, 'script').filter((t) => attr(t, 'type') === 'module')

/** A photo report and two videos in the text of the union's article (ugleprof.json). */
export function describeMediaBlocks(build: FixtureBuild): void {
  const { read, exists, files } = build

  describe('photo reports and videos in the built pages', () => {
    it('shows the photo report as thumbnails from the upload-time sizes, each with its overlay', () => {
      const html = read(ARTICLE)
      const thumbs = tags(html, 'img').filter((t) => attr(t, 'sizes')?.includes('16rem'))
      expect(thumbs).toHaveLength(3)
      for (const img of thumbs) {
        expect(attr(img, 'src')).toMatch(/^\/media\/images\/\w+-1600x900\.webp$/)
        expect(attr(img, 'srcset')).toContain('480w')
        expect(attr(img, 'loading')).toBe('lazy')
        expect(attr(img, 'alt')).not.toBe('')
      }
      expect(html).not.toMatch(/\/media\/images\/(zal|podpisanie|shakhtery)\.jpg/)
      expect(html.match(/<section class="rt-lightbox" id="rt-gallery-1-\d"/g)).toHaveLength(3)
      expect(html).toContain(
        '<figcaption>Стороны обмениваются подписанными экземплярами</figcaption>',
      )
    })

    it('shows videos as posters linking to the host, with no frame and no image of the host', () => {
      const html = read(ARTICLE)
      expect(html).not.toContain('<iframe')
      expect(html).toContain(
        'href="https://rutube.ru/video/0123456789abcdef0123456789abcdef/" aria-label="Смотреть видео: Подписание соглашения"',
      )
      expect(html).toContain('aria-label="Смотреть видео: видео VK Видео"')
      expect(html).toContain('<span class="rt-video__placeholder"></span>')
      for (const img of tags(html, 'img')) expect(attr(img, 'src'), img).toMatch(/^\//)
    })

    it('brings the script as a same-origin file, only to pages with such blocks', () => {
      const scripts = moduleScripts(read(ARTICLE))
      expect(scripts).toHaveLength(1)
      const src = attr(scripts[0]!, 'src')!
      expect(src).toMatch(/^\/_astro\/[\w.-]+\.js$/)
      expect(exists(src.slice(1))).toBe(true)
      expect(read(src.slice(1))).toContain('rt-video__link')
      for (const file of files('.html').filter((f) => f !== ARTICLE))
        expect(read(file), file).not.toContain(src)
    })

    it('renders the article and its feed byte for byte in the publishing renderer', async () => {
      const renderer = await SiteRenderer.open()
      const sites = FIXTURES.map((name) => renderer.siteData(fixtureJson(name), `${name}.json`))
      const wanted = [ARTICLE, 'ugleprof.localhost/rss.xml', 'ugleprof.localhost/atom.xml']
      const pages = renderer.plan(sites).filter((p) => wanted.includes(p.file))
      expect(pages).toHaveLength(3)
      for (const page of pages) {
        const expected = readFileSync(path.join(build.dir(), page.file))
        expect((await renderer.render(page)).equals(expected), page.file).toBe(true)
      }
    }, 180_000)

    it('gives feeds the photos without the overlays or links into the page', () => {
      const rss = read('ugleprof.localhost/rss.xml')
      expect(rss).toContain('zal-1600x900.webp')
      expect(rss).not.toContain('rt-lightbox')
      expect(rss).not.toMatch(/href=(&quot;|")#rt-gallery/)
    })
  })
}
