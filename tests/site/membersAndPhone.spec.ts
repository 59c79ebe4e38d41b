import { describe, expect, it } from 'vitest'
import { useFixtureBuild } from './helpers/fixtureBuild'

/**
 * Issue 15: a territorial association's structure page lists its member organizations (by
 * membership edge) and a member's page the associations it belongs to; the main menu is a
 * disclosure that works without JavaScript; a home page opens with news, not the "about" text.
 */
const { read, files } = useFixtureBuild()

/** The part of a page's HTML inside the section labelled by `headingId`. */
function section(html: string, headingId: string): string {
  const match = new RegExp(
    `<section aria-labelledby="${headingId}"[^>]*>(.*?)</section>`,
    's',
  ).exec(html)
  return match?.[1] ?? ''
}

describe('member organizations on the structure page', () => {
  it('an association lists its members by membership, each linking to its site', () => {
    const members = section(read('mfp.localhost/structure/index.html'), 'children-heading')
    expect(members).toContain('Членские организации')
    expect(members).toContain(
      '<a href="http://mgo-obrazovanie.mfp.localhost:4321/">Московская городская организация Профсоюза образования</a>',
    )
    expect(members).toContain(
      '<a href="http://sudostroiteli-moskva.localhost:4321/">Московская территориальная организация профсоюза судостроителей</a>',
    )
  })

  it('a member lists the associations it belongs to under «Входит в»', () => {
    const memberOf = section(read('zarechnaya.localhost/structure/index.html'), 'member-of-heading')
    expect(memberOf).toContain('Входит в')
    expect(memberOf).toContain('Федерация профсоюзных организаций Кузбасса')
  })
})

describe('the phone layout', () => {
  it('every page’s main menu is a <details> disclosure inside the labelled <nav>', () => {
    const pages = files('.html')
    expect(pages.length).toBeGreaterThan(20)
    for (const file of pages) {
      const html = read(file)
      const nav = /<nav class="main-nav" aria-label="Основное меню">(.*?)<\/nav>/s.exec(html)?.[1]
      expect(nav, file).toBeDefined()
      expect(nav, file).toMatch(
        /^\s*<details class="nav-menu"[^>]*>\s*<summary[^>]*>.*?Меню.*?<\/summary>/s,
      )
      expect(nav, file).toContain('<ul')
      expect(nav, file).toMatch(/<\/ul>\s*<\/details>\s*$/s)
    }
  })

  it('a home page shows its news before the organization’s description', () => {
    // The description also fills <meta name="description">: only the page body counts.
    const html = read('zarechnaya.localhost/index.html').split('<main')[1]!
    const news = html.indexOf('id="news-heading"')
    const about = html.indexOf('Профсоюзная организация горняков шахты «Заречная»')
    expect(news).toBeGreaterThan(0)
    expect(about).toBeGreaterThan(news)
    // The heading still comes first: the org's name is the page's <h1>.
    expect(html.indexOf('<h1')).toBeLessThan(news)
  })
})
