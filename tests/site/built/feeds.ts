import { describe, expect, it } from 'vitest'
import { HOSTS, SITES, attr, decode, tags, type FixtureBuild } from '../helpers/fixtureBuild'
import { parseXml, textOf } from '../helpers/xml'

const ORIGIN: Record<string, string> = {
  localhost: 'http://localhost:4321',
  'mfp.localhost': 'http://mfp.localhost:4321',
  'ugleprof.localhost': 'http://ugleprof.localhost:4321',
  'zarechnaya.localhost': 'http://zarechnaya.localhost:4321',
}
/** The site URL of an output prefix: "ugleprof.localhost/org/severny" → its absolute home. */
const siteUrl = (prefix: string) => {
  const [host, ...rest] = prefix.split('/')
  return `${ORIGIN[host!]}${rest.length > 0 ? `/${rest.join('/')}` : ''}/`
}
/** The built file of an absolute URL on one of the fixture hosts. */
const fileOf = (url: string) => {
  const { hostname, pathname } = new URL(url)
  return `${hostname}${pathname}${pathname.endsWith('/') ? 'index.html' : ''}`
}

/** The feeds, sitemaps and robots.txt of the fixture build, parsed as XML. */
export function describeFeeds(build: FixtureBuild): void {
  const { read, exists, files } = build
  const rubricPages = () =>
    files('.html').filter((f) => /\/news\/rubric\/[^/]+\/index\.html$/.test(f))

  describe('feeds of the fixture build', () => {
    it('writes RSS and Atom for every site and beside every rubric list', () => {
      for (const site of SITES) {
        expect(exists(`${site}/rss.xml`), site).toBe(true)
        expect(exists(`${site}/atom.xml`), site).toBe(true)
      }
      expect(rubricPages().length).toBeGreaterThan(10)
      for (const page of rubricPages()) {
        expect(exists(page.replace('index.html', 'rss.xml')), page).toBe(true)
        expect(exists(page.replace('index.html', 'atom.xml')), page).toBe(true)
      }
    })

    it('writes only well-formed XML', () => {
      const xml = files('.xml')
      expect(xml.length).toBe(SITES.length * 3 + HOSTS.length + rubricPages().length * 2)
      for (const file of xml) parseXml(read(file))
    })

    it("links every RSS item to a built page of the feed's own site", () => {
      for (const file of files('rss.xml')) {
        const prefix = file.replace(/\/(?:news\/rubric\/[^/]+\/)?rss\.xml$/, '')
        const channel = parseXml(read(file), ['item']).rss.channel
        expect(channel['atom:link']['@href'], file).toBe(
          `${siteUrl(prefix)}${file.slice(prefix.length + 1)}`,
        )
        for (const item of channel.item ?? []) {
          expect(item.link.startsWith(`${siteUrl(prefix)}news/`), `${file}: ${item.link}`).toBe(
            true,
          )
          expect(exists(fileOf(item.link)), item.link).toBe(true)
          expect(item.pubDate).toMatch(
            /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/,
          )
        }
      }
    })

    it('gives Atom entries RFC 3339 dates and an alternate link to a built page', () => {
      for (const file of files('atom.xml')) {
        const feed = parseXml(read(file), ['entry', 'link']).feed
        expect(feed.updated, file).toMatch(
          /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/,
        )
        for (const entry of feed.entry ?? []) {
          const alternate = entry.link.find(
            (l: Record<string, string>) => l['@rel'] === 'alternate',
          )
          expect(exists(fileOf(alternate['@href'])), alternate['@href']).toBe(true)
          expect(entry.published).toMatch(/^\d{4}-\d{2}-\d{2}T/)
        }
      }
    })

    it('marks a syndicated item of a section site with its origin', () => {
      const rss = parseXml(read('ugleprof.localhost/org/severny/rss.xml'), ['item']).rss.channel
      const item = rss.item.find((i: { link: string }) =>
        i.link.endsWith('/proverka-ventilyatsii/'),
      )
      expect(item.link).toBe(
        'http://ugleprof.localhost:4321/org/severny/news/proverka-ventilyatsii/',
      )
      expect(textOf(item.guid)).toBe('http://ugleprof.localhost:4321/news/proverka-ventilyatsii/')
      expect(item.description).toMatch(/^Материал Росуглепроф\./)
      const atom = read('zarechnaya.localhost/atom.xml')
      expect(atom).toContain(
        '<link rel="related" type="text/html" href="http://ugleprof.localhost:4321/news/shkola-upolnomochennykh/"/>',
      )
    })

    it('escapes the title and lead of an item', () => {
      const raw = read('ugleprof.localhost/org/severny/rss.xml')
      expect(raw).toContain('<title>«Северный» в 2026 году: итоги &amp; планы</title>')
      expect(raw).toContain('травматизм — &lt; 1 случая')
    })
  })

  describe('sitemaps and robots.txt of the fixture build', () => {
    it('points robots.txt of every host at its sitemap index', () => {
      for (const host of HOSTS) {
        expect(read(`${host}/robots.txt`)).toContain(`Sitemap: ${ORIGIN[host]}/sitemap.xml\n`)
      }
    })

    it("indexes the urlset of every site on a host, a union's sections included", () => {
      const listed = HOSTS.flatMap((host) =>
        parseXml(read(`${host}/sitemap.xml`), ['sitemap']).sitemapindex.sitemap.map(
          (s: Record<string, string>) => s.loc,
        ),
      )
      expect(listed).toEqual(SITES.map((site) => `${siteUrl(site)}sitemap-site.xml`))
      for (const loc of listed) expect(exists(fileOf(loc)), loc).toBe(true)
    })

    it('lists only built pages, each of which names itself as canonical', () => {
      for (const site of SITES) {
        const urls = parseXml(read(`${site}/sitemap-site.xml`), ['url']).urlset.url
        expect(urls.length, site).toBeGreaterThan(5)
        for (const { loc } of urls as { loc: string }[]) {
          expect(loc.startsWith(siteUrl(site)), loc).toBe(true)
          const canonical = tags(read(fileOf(loc)), 'link').find((t) =>
            t.includes('rel="canonical"'),
          )
          expect(decode(attr(canonical ?? '', 'href') ?? ''), loc).toBe(loc)
        }
      }
    })
  })
}
