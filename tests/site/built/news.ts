import { describe, expect, it } from 'vitest'
import { attr, decode, tags, type FixtureBuild } from '../helpers/fixtureBuild'

const cards = (html: string) => (html.match(/<article class="card/g) ?? []).length
/** The switch's links as [text, href, aria-current]. */
const switchLinks = (html: string) => {
  const nav = /<nav class="news-switch"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1]
  if (nav === undefined) return undefined
  return [...nav.matchAll(/<a ([^>]*)>\s*([^<]*?)\s*<\/a>/g)].map((m) => [
    m[2],
    attr(`<a ${m[1]}>`, 'href'),
    attr(`<a ${m[1]}>`, 'aria-current') ?? null,
  ])
}

/** Whose news is whose: «Наши / Все новости», own items first at home, labels, article footer. */
export function describeNews(build: FixtureBuild): void {
  const { read, exists } = build

  describe('whose news is whose', () => {
    it('switches between «Наши новости» and «Все новости» with two links', () => {
      expect(switchLinks(read('zarechnaya.localhost/news/index.html'))).toEqual([
        ['Наши новости', '/news/own/', null],
        ['Все новости', '/news/', 'true'],
      ])
      const own = read('zarechnaya.localhost/news/own/index.html')
      expect(switchLinks(own)).toEqual([
        ['Наши новости', '/news/own/', 'true'],
        ['Все новости', '/news/', null],
      ])
      expect(own).toContain('<h1')
      expect(own).toMatch(/<h1[^>]*>Наши новости<\/h1>/)
      // Three own items, no received one.
      expect(cards(own)).toBe(3)
      expect(own).not.toContain('shkola-upolnomochennykh')
      // On a section site the links keep the base path.
      expect(switchLinks(read('ugleprof.localhost/org/severny/news/index.html'))?.[0]?.[1]).toBe(
        '/org/severny/news/own/',
      )
    })

    it('shows no switch where everything is own, and pages a long own list', () => {
      expect(switchLinks(read('localhost/news/index.html'))).toBeUndefined()
      expect(exists('localhost/news/own/index.html')).toBe(false)
      // ugleprof: 12 own items of 13 → own list pages 10 + 2.
      expect(cards(read('ugleprof.localhost/news/own/index.html'))).toBe(10)
      expect(cards(read('ugleprof.localhost/news/own/page/2/index.html'))).toBe(2)
      expect(read('ugleprof.localhost/news/own/index.html')).toContain(
        'href="/news/own/page/2/" rel="next"',
      )
    })

    it("leads the ППО home page with its own news, then the upper organizations' news", () => {
      const html = read('zarechnaya.localhost/index.html')
      const own = html.indexOf('id="news-heading">Наши новости</h2>')
      const received = html.indexOf(
        'id="received-news-heading">Новости вышестоящих организаций</h2>',
      )
      expect(own).toBeGreaterThan(0)
      expect(received).toBeGreaterThan(own)
      const ownBlock = html.slice(own, received)
      expect(ownBlock).toContain('href="/news/kollektivnyy-dogovor-podpisan/"')
      expect(ownBlock).not.toContain('shkola-upolnomochennykh')
      expect(ownBlock).toContain('<a href="/news/own/">Наши новости</a>')
      expect(html.slice(received)).toContain('href="/news/shkola-upolnomochennykh/"')
      expect(html.slice(received)).toContain('<a href="/news/">Все новости</a>')
      // The federation has only its own news: one block, as before.
      expect(read('localhost/index.html')).toContain('id="news-heading">Новости</h2>')
    })

    it('labels pinned and mandatory items with words on cards and articles', () => {
      const label = (kind: string, text: string) =>
        `<span class="item-label item-label-${kind}">${text}</span>`
      const mandatory = label('mandatory', 'Обязательно к размещению')
      expect(read('zarechnaya.localhost/news/index.html')).toContain(mandatory)
      expect(read('zarechnaya.localhost/index.html')).toContain(mandatory)
      expect(read('zarechnaya.localhost/news/shkola-upolnomochennykh/index.html')).toContain(
        mandatory,
      )
      const pinned = label('pinned', 'Закреплено')
      expect(read('ugleprof.localhost/news/index.html')).toContain(pinned)
      expect(read('ugleprof.localhost/news/otraslevoe-soglashenie/index.html')).toContain(pinned)
      expect(read('ugleprof.localhost/news/indeksatsiya-2026/index.html')).not.toContain(
        'item-label',
      )
    })

    it('ends an article with tags, related items, share links and the way back', () => {
      const html = read('zarechnaya.localhost/news/shkola-upolnomochennykh/index.html')
      const footer = /<footer class="article-footer">(.*?)<\/footer>/s.exec(html)?.[1] ?? ''
      // Each tag searches the site for itself (the site has a search page).
      expect(footer).toMatch(/<section class="tags" aria-label="Метки">\s*<ul>\s*<li><a /)
      expect(footer).toContain(
        `<a href="/search/?q=${encodeURIComponent('обучение')}">обучение</a>`,
      )
      const shares = tags(footer, 'a')
        .filter((t) => attr(t, 'target') === '_blank')
        .map((t) => [decode(attr(t, 'href')!), attr(t, 'rel')])
      const url = encodeURIComponent(
        'http://zarechnaya.localhost:4321/news/shkola-upolnomochennykh/',
      )
      const title = encodeURIComponent('Школа уполномоченных по охране труда')
      expect(html).toContain('<h1>Школа уполномоченных по охране труда</h1>')
      expect(shares).toEqual([
        [`https://vk.com/share.php?url=${url}&title=${title}`, 'noopener'],
        [`https://t.me/share/url?url=${url}&text=${title}`, 'noopener'],
        [`https://connect.ok.ru/offer?url=${url}&title=${title}`, 'noopener'],
      ])
      expect(footer).toContain('<a href="/news/">← Все новости</a>')
      // No script or image comes from the networks.
      expect(html).not.toMatch(/<(script|img|iframe)[^>]+(vk\.com|t\.me|ok\.ru)/)
    })

    it('lists up to three related items of the same rubric or tags, never the article', () => {
      const html = read('ugleprof.localhost/news/proverka-ventilyatsii/index.html')
      const related = /<section class="related"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? ''
      const hrefs = tags(related, 'a').map((t) => attr(t, 'href'))
      expect(hrefs).toEqual([
        '/news/shkola-upolnomochennykh/',
        '/news/spetsotsenka/',
        '/news/sredstva-zashchity/',
      ])
      expect(related).toContain('<h2 id="related-heading">Читайте также</h2>')
    })
  })
}
