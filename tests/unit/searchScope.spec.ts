import { describe, expect, it } from 'vitest'
import { searchScope } from '../../site/src/lib/searchScope'
import { searchRecords } from '../../publishing/search/searchRecords'
import { plainText } from '../../publishing/search/plainText'
import { fixtureJson } from '../site/fixtures'
import { toSiteData } from '../../site/src/data/site'
import { parseSnapshot } from '../../domain/contract/snapshot'

const site = (json: Record<string, any>) => toSiteData(parseSnapshot(json, 't.json'), 't.json')

describe('search scope of a site (what its search shows of the merged indexes)', () => {
  it('maps each received item it shows to its address on THIS site, and merges its origin host', () => {
    const scope = searchScope(site(fixtureJson('ppo-zarechnaya')))
    expect(scope.org).toBe('org-zarechnaya')
    expect(scope.origin).toBe('http://zarechnaya.localhost:4321')
    expect(scope.indexes).toEqual([
      '/_search/zarechnaya.localhost/',
      '/_search/ugleprof.localhost/',
      '/_search/localhost/',
    ])
    expect(scope.items).toEqual({
      'http://ugleprof.localhost:4321/news/shkola-upolnomochennykh/':
        '/news/shkola-upolnomochennykh/',
      // The federation's event (анонс) that reaches the ППО, on the ППО's events page.
      'http://localhost:4321/events/den-dejstvij/': '/events/den-dejstvij/',
    })
  })

  it('a section site rewrites to its own base path', () => {
    const scope = searchScope(site(fixtureJson('ppo-severny')))
    expect(scope.indexes).toEqual(['/_search/ugleprof.localhost/'])
    expect(scope.items['http://ugleprof.localhost:4321/news/proverka-ventilyatsii/']).toBe(
      '/org/severny/news/proverka-ventilyatsii/',
    )
  })

  it('an item the site does not show (hidden, not in its feed) is absent, and so is its host', () => {
    const json = fixtureJson('ppo-zarechnaya')
    json.feed = json.feed.filter((item: any) => item.provenance.isOwn)
    json.events = json.events.filter((event: any) => event.provenance.isOwn)
    const scope = searchScope(site(json))
    expect(scope.items).toEqual({})
    expect(scope.indexes).toEqual(['/_search/zarechnaya.localhost/'])
  })
})

describe('search records of a host (its orgs’ own content only)', () => {
  it('indexes own items, pages and documents, never received items', () => {
    const records = searchRecords([site(fixtureJson('ppo-zarechnaya'))])
    const urls = records.map((r) => r.url)
    expect(urls).toContain('http://zarechnaya.localhost:4321/news/kollektivnyy-dogovor-podpisan/')
    expect(urls).not.toContain('http://ugleprof.localhost:4321/news/shkola-upolnomochennykh/')
    expect(urls).toContain('http://zarechnaya.localhost:4321/events/otchetnoe-sobranie-shakhty/')
    expect(urls).not.toContain('http://localhost:4321/events/den-dejstvij/')
    expect(records.every((r) => r.language === 'ru')).toBe(true)
    expect(records.every((r) => r.filters?.org?.[0] === 'org-zarechnaya')).toBe(true)
    const item = records.find((r) => r.url.endsWith('/kollektivnyy-dogovor-podpisan/'))!
    expect(item.meta.title).toBe('Коллективный договор подписан')
    expect(item.content).toContain('коллективный договор')
  })

  it('keeps text as text: markup stripped, < and & escaped for the excerpts', () => {
    expect(plainText('<p>a &amp; b</p><p>&lt;script&gt;x</p><script>evil()</script>')).toBe(
      'a &amp; b &lt;script&gt;x',
    )
  })
})
