import { describe, expect, it } from 'vitest'
import { archiveRoutes, newsListRoutes } from '../../site/src/data/routes'
import { NEWS_LIST_MAX, NEWS_PAGE_SIZE } from '../../site/src/consts'
import { archiveYears, yearOf } from '../../site/src/lib/archive'
import { hostRedirects } from '../../site/src/lib/redirects'
import type { FeedItem } from '../../domain/contract/snapshot'
import { fixtureSite, fixtureSnapshot } from './fixtures'

const at = (id: string, publishedAt: string) => ({ id, publishedAt }) as FeedItem

describe('archive by year', () => {
  it("groups items by the year in the site's zone, newest year and item first, pins ignored", () => {
    const feed = [
      { ...at('1', '2024-05-01T10:00:00Z'), pinned: true },
      at('2', '2025-12-31T21:30:00Z'), // 00:30 on 1 January 2026 in Moscow
      at('3', '2025-03-01T10:00:00+03:00'),
      at('4', '2025-06-01T10:00:00Z'),
    ]
    expect(
      archiveYears(feed, 'Europe/Moscow').map((y) => [y.year, y.items.map((i) => i.id)]),
    ).toEqual([
      ['2026', ['2']],
      ['2025', ['4', '3']],
      ['2024', ['1']],
    ])
    expect(yearOf('2025-12-31T21:30:00Z', 'UTC')).toBe('2025')
  })

  it('pages each year: 25 items of a year make pages 1–3 of /news/archive/<year>/', () => {
    const site = fixtureSite('ppo-severny')
    const items = Array.from({ length: 25 }, (_, i) =>
      at(String(i), `2023-01-${String(i + 1).padStart(2, '0')}T12:00:00Z`),
    )
    const routes = archiveRoutes([{ ...site, archive: archiveYears(items, 'UTC') }])
    expect(routes.map((r) => [r.params.year, r.params.n, r.props.page.items.length])).toEqual([
      ['2023', '1', 10],
      ['2023', '2', 10],
      ['2023', '3', 5],
    ])
  })
})

describe('news list and archive together', () => {
  it('pages the list through the newest items only; the archive holds them all', () => {
    const site = fixtureSite('ppo-severny')
    const feed = Array.from({ length: 450 }, (_, i) =>
      at(String(i), new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString()),
    )
    const big = {
      ...site,
      snapshot: { ...site.snapshot, feed },
      archive: archiveYears(feed, 'UTC'),
    }
    expect(newsListRoutes([big])).toHaveLength(NEWS_LIST_MAX / NEWS_PAGE_SIZE)
    const archived = archiveRoutes([big]).flatMap((r) => r.props.page.items.map((i) => i.id))
    expect(new Set(archived).size).toBe(450)
  })
})

describe('redirects of a host', () => {
  it('writes every site’s old paths under its base path, sorted', () => {
    const union = fixtureSnapshot('ugleprof')
    const section = fixtureSnapshot('ppo-severny')
    const table = hostRedirects([
      { snapshot: { ...union, redirects: [{ from: '/news/b/', to: '/news/c/' }] } },
      { snapshot: { ...section, redirects: [{ from: '/news/a/', to: '/news/d/' }] } },
    ])
    expect(Object.entries(table)).toEqual([
      ['/news/b/', '/news/c/'],
      ['/org/severny/news/a/', '/org/severny/news/d/'],
    ])
  })
})
