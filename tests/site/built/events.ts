import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { attr, tags, type FixtureBuild } from '../helpers/fixtureBuild'

const SITE = 'zarechnaya.localhost'
/** The JSON-LD objects of a page. */
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  )

/** Events: the home page's «Анонсы», the events page, one page per event, the iCalendar feed. */
export function describeEvents(build: FixtureBuild): void {
  const { read, exists } = build

  describe('events (анонсы)', () => {
    it('the ППО home page lists the upcoming events, soonest first, the federation’s among them', () => {
      const html = read(`${SITE}/index.html`)
      const block = /<section class="home-events"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? ''
      expect(block).toContain('Анонсы')
      const own = block.indexOf('Отчётное профсоюзное собрание шахты')
      const federation = block.indexOf('Всероссийский день действий')
      expect(own).toBeGreaterThan(0)
      expect(federation).toBeGreaterThan(own)
      expect(block).not.toContain('Приём правового инспектора')
      expect(block).toMatch(/Мероприятие\s*<span>ФНПР<\/span>/)
      expect(block).toContain('href="/events/"')
    })

    it('puts «Анонсы» in the menu of a site with events only; no events page without events', () => {
      expect(read(`${SITE}/news/index.html`)).toMatch(/<a href="\/events\/"[^>]*>Анонсы<\/a>/)
      expect(read('ugleprof.localhost/index.html')).not.toContain('href="/events/"')
      expect(exists('ugleprof.localhost/events/index.html')).toBe(false)
      expect(exists('ugleprof.localhost/events.ics')).toBe(false)
    })

    it('the events page: upcoming first, past ones under «Прошедшие», the calendar linked', () => {
      const html = read(`${SITE}/events/index.html`)
      const past = html.indexOf('>Прошедшие</h2>')
      expect(html.indexOf('Отчётное профсоюзное собрание шахты')).toBeLessThan(past)
      expect(html.indexOf('Приём правового инспектора')).toBeGreaterThan(past)
      const calendar = tags(html, 'link').find((l) => attr(l, 'type') === 'text/calendar')
      expect(attr(calendar!, 'href')).toBe('http://zarechnaya.localhost:4321/events.ics')
      expect(html).toContain('href="http://zarechnaya.localhost:4321/events.ics"')
    })

    it('an event page shows the time in the site’s zone, place and links, and Event JSON-LD', () => {
      const html = read(`${SITE}/events/otchetnoe-sobranie-shakhty/index.html`)
      // 09:00 UTC in Novokuznetsk (UTC+7).
      expect(html).toContain('26 марта 2026 г., 16:00–18:00')
      expect(html).toContain('Актовый зал АБК шахты')
      const [event] = jsonLd(html)
      expect(event).toMatchObject({
        '@type': 'Event',
        startDate: '2026-03-26T09:00:00.000Z',
        endDate: '2026-03-26T11:00:00.000Z',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: { '@type': 'Place', name: 'Актовый зал АБК шахты' },
      })
      const received = read(`${SITE}/events/den-dejstvij/index.html`)
      expect(received).toContain(
        '<link rel="canonical" href="http://localhost:4321/events/den-dejstvij/">',
      )
      expect(received).toMatch(
        /Мероприятие\s*<a href="http:\/\/localhost:4321\/events\/den-dejstvij\/">ФНПР<\/a>/,
      )
      expect(received).toContain('href="https://fnpr.example.ru/den-dejstvij/"')
      expect(jsonLd(received)[0]).toMatchObject({
        eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
        organizer: {
          name: 'Федерация независимых профсоюзов России',
          url: 'http://localhost:4321/',
        },
      })
    })

    it('the iCalendar feed parses with ical.js: every event, its URL on the reader’s site', () => {
      const calendar = new ICAL.Component(ICAL.parse(read(`${SITE}/events.ics`)))
      const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
      expect(events.map((e) => e.summary)).toEqual([
        'Отчётное профсоюзное собрание шахты',
        'Всероссийский день действий «За достойный труд»',
        'Приём правового инспектора',
      ])
      expect(events[1]!.component.getFirstPropertyValue('url')).toBe(
        'http://zarechnaya.localhost:4321/events/den-dejstvij/',
      )
      expect(events[1]!.uid).toBe('event-org-fnpr-9001@localhost')
      expect(events[1]!.startDate.toJSDate().toISOString()).toBe('2026-04-07T08:00:00.000Z')
      expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Novokuznetsk')
    })

    it('lists the events page and the site’s own events in its sitemap, not received ones', () => {
      const xml = read(`${SITE}/sitemap-site.xml`)
      expect(xml).toContain('<loc>http://zarechnaya.localhost:4321/events/</loc>')
      expect(xml).toContain(
        '<loc>http://zarechnaya.localhost:4321/events/otchetnoe-sobranie-shakhty/</loc>',
      )
      expect(xml).not.toContain('zarechnaya.localhost:4321/events/den-dejstvij/')
      expect(read('localhost/sitemap-site.xml')).toContain(
        '<loc>http://localhost:4321/events/den-dejstvij/</loc>',
      )
    })
  })
}
