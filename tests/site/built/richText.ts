import { describe, expect, it } from 'vitest'
import { attr, tags, type FixtureBuild } from '../helpers/fixtureBuild'

const ARTICLE = 'ugleprof.localhost/news/otraslevoe-soglashenie/index.html'

/** Images, captions and links inside article text, as the snapshot's converters write them. */
export function describeRichText(build: FixtureBuild): void {
  const { read, files } = build

  describe('rich text in the built pages', () => {
    it('shows an image in the text from the sizes the sites serve, with its caption', () => {
      const html = read(ARTICLE)
      const inText = tags(html, 'img').find((t) => attr(t, 'src')?.includes('zal-'))
      expect(inText).toBeDefined()
      expect(attr(inText!, 'src')).toMatch(/^\/media\/images\//)
      expect(attr(inText!, 'srcset')).toContain('480w')
      expect(attr(inText!, 'width')).toBe('3200')
      expect(attr(inText!, 'height')).toBe('1800')
      expect(attr(inText!, 'loading')).toBe('lazy')
      expect(html).toContain('<figcaption>Зал заседаний после подписания</figcaption>')
      // The cover's caption too, and the cover from its sizes, never the original file.
      expect(html).toContain('<figcaption>Подписание соглашения в Кемерове</figcaption>')
      expect(html).not.toMatch(/src="\/media\/covers\/fos-1600\.jpg"/)
    })

    it('links other articles of the site by path and other sites by their canonical URL', () => {
      const html = read(ARTICLE)
      const hrefs = tags(html, 'a').map((t) => attr(t, 'href'))
      expect(hrefs).toContain('/news/indeksatsiya-2026/')
      expect(hrefs).toContain('/news/shkola-upolnomochennykh/')
      expect(hrefs).toContain('http://localhost:4321/news/mrot-2026/')
      expect(hrefs).not.toContain('http://ugleprof.localhost:4321/news/indeksatsiya-2026/')
    })

    it('has no CMS file URL, dead link or unknown node on any page', () => {
      for (const file of files('.html')) {
        const html = read(file)
        expect(html, file).not.toContain('/api/media')
        expect(html, file).not.toContain('href="#"')
        expect(html, file).not.toContain('unknown node')
        for (const img of tags(html, 'img')) expect(attr(img, 'src'), file).not.toBe('')
      }
    })
  })
}
