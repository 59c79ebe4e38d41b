import { describe, expect, it } from 'vitest'
import { FEED_SIZE } from '../../site/src/consts'
import { absoluteHtml } from '../../site/src/lib/absoluteHtml'
import { buildAtom } from '../../site/src/lib/atom'
import { feedLinks } from '../../site/src/lib/feedLinks'
import { feedModel, newestItems } from '../../site/src/lib/feedModel'
import { buildRss } from '../../site/src/lib/rss'
import { fixtureSnapshot } from './fixtures'
import { parseXml, textOf } from './helpers/xml'

const severny = fixtureSnapshot('ppo-severny')
const rubric = severny.categories.find((c) => c.slug === 'okhrana-truda')!
const SEV = 'http://ugleprof.localhost:4321/org/severny'
const UGLE = 'http://ugleprof.localhost:4321'

describe('feed model', () => {
  it('puts every URL on the site origin with the section base path', () => {
    const feed = feedModel(severny)
    expect(feed.pageUrl).toBe(`${SEV}/news/`)
    expect(feed.feedUrls).toEqual({ rss: `${SEV}/rss.xml`, atom: `${SEV}/atom.xml` })
    expect(feed.author).toEqual({ name: severny.org.name, url: `${SEV}/` })
    expect(feed.entries.map((e) => e.url)).toContain(`${SEV}/news/proverka-ventilyatsii/`)
  })

  it('names the origin of a syndicated item and keeps its canonical page as its id', () => {
    const entry = feedModel(severny).entries.find((e) => e.url.endsWith('/proverka-ventilyatsii/'))!
    expect(entry.canonicalUrl).toBe(`${UGLE}/news/proverka-ventilyatsii/`)
    expect(entry.origin).toEqual({
      name: 'Росуглепроф',
      fullName: 'Российский независимый профсоюз работников угольной промышленности',
      siteUrl: `${UGLE}/`,
      feedUrls: { rss: `${UGLE}/rss.xml`, atom: `${UGLE}/atom.xml` },
    })
    expect(entry.summary).toMatch(/^Материал Росуглепроф\. Технические инспекторы/)
    expect(entry.contentHtml).toMatch(
      /^<p>Материал <a href="http:\/\/ugleprof\.localhost:4321\/news\/proverka-ventilyatsii\/">Росуглепроф<\/a><\/p>/,
    )
    const own = feedModel(severny).entries.find((e) => e.url.endsWith('/itogi-i-plany/'))!
    expect(own.origin).toBeUndefined()
    expect(own.canonicalUrl).toBe(own.url)
  })

  it("finds the origin's feeds next to its home page, a section's included", () => {
    const sectionOrigin = {
      ...severny,
      ancestors: severny.ancestors.map((a) =>
        a.id === 'org-ugleprof' ? { ...a, url: `${UGLE}/org/kuzbass` } : a,
      ),
    }
    const entry = feedModel(sectionOrigin).entries.find((e) => e.origin)!
    expect(entry.origin!.feedUrls!.rss).toBe(`${UGLE}/org/kuzbass/rss.xml`)
    const unknown = { ...severny, ancestors: [] }
    expect(feedModel(unknown).entries.find((e) => e.origin)!.origin).toEqual({
      name: 'Росуглепроф',
      fullName: 'Российский независимый профсоюз работников угольной промышленности',
      siteUrl: undefined,
      feedUrls: undefined,
    })
  })

  it('orders by publication, not by pin, and keeps at most FEED_SIZE items', () => {
    const items = fixtureSnapshot('ugleprof').feed
    const pinned = [{ ...items.at(-1)!, pinned: true }, ...items.slice(0, -1)]
    expect(newestItems(pinned)[0]!.slug).toBe(items[0]!.slug)
    const many = Array.from({ length: FEED_SIZE + 5 }, () => items).flat()
    expect(newestItems(many)).toHaveLength(FEED_SIZE)
  })

  it('keeps a rubric feed to its rubric, dated by its newest item', () => {
    const feed = feedModel(severny, rubric)
    expect(feed.title).toBe('Охрана труда — ППО разреза «Северный»')
    expect(feed.pageUrl).toBe(`${SEV}/news/rubric/okhrana-truda/`)
    expect(feed.feedUrls.rss).toBe(`${SEV}/news/rubric/okhrana-truda/rss.xml`)
    expect(feed.entries.every((e) => e.category?.term === 'okhrana-truda')).toBe(true)
    expect(feed.updated).toBe('2026-03-02T11:30:00+03:00')
  })

  it('dates an empty feed by the snapshot', () => {
    const empty = feedModel({ ...severny, feed: [] })
    expect(empty.entries).toEqual([])
    expect(empty.updated).toBe(severny.generatedAt)
  })
})

describe('absolute URLs in feed HTML', () => {
  it('prefixes root-relative href, src and srcset and leaves the rest', () => {
    const html =
      '<a href="/news/x/">x</a><img src=\'/media/a.jpg\' srcset="/media/a-480.jpg 480w, /media/a.jpg 960w">' +
      '<a href="https://vk.com/a">vk</a><a href="//cdn.example/x">cdn</a><a href="#top">top</a>'
    expect(absoluteHtml(html, 'http://h:1')).toBe(
      '<a href="http://h:1/news/x/">x</a><img src=\'http://h:1/media/a.jpg\' srcset="http://h:1/media/a-480.jpg 480w, http://h:1/media/a.jpg 960w">' +
        '<a href="https://vk.com/a">vk</a><a href="//cdn.example/x">cdn</a><a href="#top">top</a>',
    )
  })
})

describe('RSS 2.0', () => {
  const rss = parseXml(buildRss(feedModel(severny)), ['item', 'category'])
  const channel = rss.rss.channel
  const items: Record<string, any>[] = channel.item
  const item = (slug: string) => items.find((i) => i.link.endsWith(`/${slug}/`))!

  it('is a channel with a self link, language and an RFC 822 build date', () => {
    expect(rss.rss['@version']).toBe('2.0')
    expect(channel.title).toBe('Новости — ППО разреза «Северный»')
    expect(channel.language).toBe('ru')
    expect(channel['atom:link']['@href']).toBe(`${SEV}/rss.xml`)
    expect(channel.lastBuildDate).toBe('Wed, 11 Mar 2026 09:15:00 +0300')
    expect(items).toHaveLength(severny.feed.length)
  })

  it('escapes text and HTML so that they read back unchanged', () => {
    const own = item('itogi-i-plany')
    expect(own.title).toBe('«Северный» в 2026 году: итоги & планы')
    expect(own.description).toContain('< 1 случая')
    expect(own['content:encoded']).toContain(
      '<a href="http://ugleprof.localhost:4321/media/documents/kd-severny-2024.pdf">',
    )
    expect(own.pubDate).toBe('Tue, 10 Mar 2026 08:00:00 +0300')
    expect(textOf(own.guid)).toBe(`${SEV}/news/itogi-i-plany/`)
  })

  it('links a syndicated item here, ids it by its origin page and names its source', () => {
    const synd = item('proverka-ventilyatsii')
    expect(synd.link).toBe(`${SEV}/news/proverka-ventilyatsii/`)
    expect(textOf(synd.guid)).toBe(`${UGLE}/news/proverka-ventilyatsii/`)
    expect(synd.guid['@isPermaLink']).toBe('true')
    expect(synd['dc:creator']).toBe(
      'Российский независимый профсоюз работников угольной промышленности',
    )
    expect(synd.source['@url']).toBe(`${UGLE}/rss.xml`)
    expect(synd.description).toMatch(/^Материал Росуглепроф/)
    expect(synd.category[0]['@domain']).toBe(`${SEV}/news/rubric/okhrana-truda/`)
  })

  it('adds the channel image only when the org has a logo', () => {
    expect(channel.image).toBeUndefined()
    const union = parseXml(buildRss(feedModel(fixtureSnapshot('ugleprof'))))
    expect(union.rss.channel.image.url).toBe(`${UGLE}/media/logos/ugleprof.png`)
  })
})

describe('Atom', () => {
  const atom = parseXml(buildAtom(feedModel(severny, rubric)), ['entry', 'link', 'category'])
  const feed = atom.feed
  const entries: Record<string, any>[] = feed.entry
  const links = (node: Record<string, any>) =>
    Object.fromEntries((node.link as Record<string, string>[]).map((l) => [l['@rel'], l['@href']]))

  it('is a feed with id, self and alternate links, author and an RFC 3339 update', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toBe(`${SEV}/news/rubric/okhrana-truda/atom.xml`)
    expect(feed.updated).toBe('2026-03-02T11:30:00+03:00')
    expect(links(feed).self).toBe(`${SEV}/news/rubric/okhrana-truda/atom.xml`)
    expect(feed.link.map((l: Record<string, string>) => l['@type'])).toContain('text/html')
    expect(feed.author.name).toBe(severny.org.name)
  })

  it('links a syndicated entry here and to its origin, with the origin as author and source', () => {
    const synd = entries.find((e) => e.id === `${UGLE}/news/proverka-ventilyatsii/`)!
    expect(links(synd)).toEqual({
      alternate: `${SEV}/news/proverka-ventilyatsii/`,
      related: `${UGLE}/news/proverka-ventilyatsii/`,
    })
    expect(synd.author.uri).toBe(`${UGLE}/`)
    expect(synd.source.id).toBe(`${UGLE}/atom.xml`)
    expect(synd.summary['#text']).toMatch(/^Материал Росуглепроф/)
    expect(synd.content['@type']).toBe('html')
    expect(synd.published).toBe('2026-03-02T11:30:00+03:00')
  })

  it("leaves an own entry's author to the feed", () => {
    const own = entries.find((e) => e.id === `${SEV}/news/den-okhrany-truda/`)!
    expect(own.author).toBeUndefined()
    expect(links(own)).toEqual({ alternate: `${SEV}/news/den-okhrany-truda/` })
  })
})

describe('feed links for the page head', () => {
  it('names the site feeds, a rubric page its own first', () => {
    expect(feedLinks(severny).map((l) => l.href)).toEqual([`${SEV}/rss.xml`, `${SEV}/atom.xml`])
    const links = feedLinks(severny, rubric)
    expect(links.map((l) => l.type)).toEqual([
      'application/rss+xml',
      'application/atom+xml',
      'application/rss+xml',
      'application/atom+xml',
    ])
    expect(links[0]!.title).toBe('Охрана труда — ППО разреза «Северный» (RSS)')
    expect(links[2]!.href).toBe(`${SEV}/rss.xml`)
  })
})
