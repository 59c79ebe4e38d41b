import { describe, expect, it } from 'vitest'
import { hostRoutes } from '../../site/src/data/routes'
import { groupByHost, hostFileUrl } from '../../site/src/lib/hosts'
import { buildRobots } from '../../site/src/lib/robots'
import {
  SITEMAP_MAX_URLS,
  buildSitemapIndex,
  buildUrlset,
  sitemapEntries,
  sitemapRef,
} from '../../site/src/lib/sitemap'
import { FIXTURES, fixtureSite, fixtureSnapshot } from './fixtures'
import { parseXml } from './helpers/xml'

const UGLE = 'http://ugleprof.localhost:4321'

describe('sitemap of a site', () => {
  const severny = fixtureSnapshot('ppo-severny')
  const locs = sitemapEntries(severny).map((e) => e.loc)

  it('lists the canonical pages of a section under its base path', () => {
    expect(locs).toEqual([
      `${UGLE}/org/severny/`,
      `${UGLE}/org/severny/news/`,
      `${UGLE}/org/severny/news/rubric/kollektivnyy-dogovor/`,
      `${UGLE}/org/severny/news/rubric/okhrana-truda/`,
      `${UGLE}/org/severny/news/archive/2026/`,
      `${UGLE}/org/severny/news/itogi-i-plany/`,
      `${UGLE}/org/severny/news/kollektivnyy-dogovor-prodlen/`,
      `${UGLE}/org/severny/news/den-okhrany-truda/`,
      `${UGLE}/org/severny/o-nas/`,
      `${UGLE}/org/severny/documents/`,
      `${UGLE}/org/severny/structure/`,
      `${UGLE}/org/severny/contacts/`,
    ])
  })

  it('leaves out syndicated articles (their canonical page is the origin’s) and 404', () => {
    expect(locs.some((l) => l.includes('proverka-ventilyatsii'))).toBe(false)
    expect(locs.some((l) => l.includes('/404/'))).toBe(false)
  })

  it('dates articles and pages by their update, lists by their newest item', () => {
    const byLoc = new Map(sitemapEntries(severny).map((e) => [e.loc, e.lastmod]))
    expect(byLoc.get(`${UGLE}/org/severny/news/itogi-i-plany/`)).toBe('2026-03-11T09:15:00+03:00')
    expect(byLoc.get(`${UGLE}/org/severny/`)).toBe('2026-03-11T09:15:00+03:00')
    expect(byLoc.get(`${UGLE}/org/severny/news/rubric/okhrana-truda/`)).toBe(
      '2026-03-02T11:30:00+03:00',
    )
    expect(byLoc.get(`${UGLE}/org/severny/contacts/`)).toBeUndefined()
  })

  it('writes a well-formed urlset and refuses more URLs than the protocol allows', () => {
    const xml = parseXml(buildUrlset(sitemapEntries(severny)), ['url'])
    expect(xml.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(xml.urlset.url[0]).toEqual({
      loc: `${UGLE}/org/severny/`,
      lastmod: '2026-03-11T09:15:00+03:00',
    })
    expect(xml.urlset.url.at(-1)).toEqual({ loc: `${UGLE}/org/severny/contacts/` })
    const tooMany = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => ({
      loc: `${UGLE}/${i}/`,
    }))
    expect(() => buildUrlset(tooMany)).toThrow(/limit is 50000/)
  })

  it('gives an empty site its fixed pages without dates', () => {
    const empty = sitemapEntries({ ...severny, feed: [], pages: [] })
    expect(empty.map((e) => e.loc.replace(`${UGLE}/org/severny`, ''))).toEqual([
      '/',
      '/news/',
      '/documents/',
      '/structure/',
      '/contacts/',
    ])
    expect(sitemapRef({ ...severny, feed: [], pages: [] })).toEqual({
      loc: `${UGLE}/org/severny/sitemap-site.xml`,
    })
  })
})

describe('hosts: sitemap index and robots.txt', () => {
  const sites = FIXTURES.map(fixtureSite)
  const groups = groupByHost(sites)

  it('groups the sites of a build by host, the host site before its sections', () => {
    expect(groups.map((g) => g.host)).toEqual([
      'localhost',
      'mfp.localhost',
      'ugleprof.localhost',
      'zarechnaya.localhost',
    ])
    const union = groups.find((g) => g.host === 'ugleprof.localhost')!
    expect(union.origin).toBe(UGLE)
    expect(union.sites.map((s) => s.prefix)).toEqual([
      'ugleprof.localhost',
      'ugleprof.localhost/org/severny',
    ])
    expect(hostRoutes(sites).map((r) => r.params.host)).toEqual(groups.map((g) => g.host))
  })

  it('still indexes a host whose own site is not in the build', () => {
    const [only] = groupByHost(sites.filter((s) => s.prefix === 'ugleprof.localhost/org/severny'))
    expect(only!.origin).toBe(UGLE)
  })

  it("indexes every site's urlset on the host, dated by its newest page", () => {
    const union = groups.find((g) => g.host === 'ugleprof.localhost')!
    const xml = buildSitemapIndex(union.sites.map((s) => sitemapRef(s.snapshot)))
    const index = parseXml(xml, ['sitemap']).sitemapindex
    expect(index.sitemap).toEqual([
      { loc: `${UGLE}/sitemap-site.xml`, lastmod: '2026-03-18T09:30:00+03:00' },
      { loc: `${UGLE}/org/severny/sitemap-site.xml`, lastmod: '2026-03-11T09:15:00+03:00' },
    ])
  })

  it('points robots.txt at the absolute sitemap index and allows everything', () => {
    expect(buildRobots(hostFileUrl(UGLE, 'sitemapIndex'))).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${UGLE}/sitemap.xml\n`,
    )
  })
})
