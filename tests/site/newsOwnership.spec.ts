import { describe, expect, it } from 'vitest'
import type { FeedItem } from '../../domain/contract/snapshot'
import { ownNewsRoutes } from '../../site/src/data/ownNewsRoutes'
import { planPages } from '../../site/src/data/pagePlan'
import { toSiteData } from '../../site/src/data/site'
import {
  HOME_OWN_COUNT,
  hasReceived,
  homeNews,
  ownItems,
  ownNewsPath,
  receivedItems,
} from '../../site/src/lib/newsOwnership'
import { relatedItems } from '../../site/src/lib/relatedItems'
import { shareLinks } from '../../site/src/lib/shareLinks'
import { tagSearchPath } from '../../site/src/lib/tagSearch'
import { fixtureSite, fixtureSnapshot } from './fixtures'

let n = 0
/** A feed item with only what these rules read. */
const item = (over: Partial<FeedItem> & { own?: boolean }): FeedItem => {
  const { own = true, ...rest } = over
  n += 1
  return {
    id: `i${n}`,
    slug: `item-${n}`,
    title: `Item ${n}`,
    publishedAt: `2026-01-${String(10 + (n % 18)).padStart(2, '0')}T10:00:00Z`,
    tags: [],
    pinned: false,
    mandatory: false,
    provenance: { isOwn: own },
    ...rest,
  } as FeedItem
}

describe('own and received news', () => {
  it('splits the feed by provenance, received pinned and mandatory first', () => {
    const a = item({ own: false })
    const b = item({ own: true })
    const c = item({ own: false, mandatory: true })
    const d = item({ own: false, pinned: true })
    const feed = [d, a, b, c]
    expect(ownItems(feed)).toEqual([b])
    expect(receivedItems(feed).map((i) => i.id)).toEqual([d.id, c.id, a.id])
    expect(hasReceived(feed)).toBe(true)
    expect(hasReceived([b])).toBe(false)
  })

  it('puts up to four own items first on the home page, then the received ones', () => {
    const received = Array.from({ length: 8 }, () => item({ own: false }))
    const own = Array.from({ length: 6 }, () => item({ own: true }))
    // A ППО's feed: eight of the ten newest items come from above.
    const news = homeNews([...received, ...own])
    expect(news.kind).toBe('split')
    if (news.kind !== 'split') return
    expect(news.own.map((i) => i.id)).toEqual(own.slice(0, HOME_OWN_COUNT).map((i) => i.id))
    expect(news.received[0]!.id).toBe(received[0]!.id)
    expect(news.received.every((i) => !i.provenance.isOwn)).toBe(true)
  })

  it('shows one block when the site has items of one kind only', () => {
    const received = Array.from({ length: 9 }, () => item({ own: false }))
    expect(homeNews(received)).toEqual({ kind: 'single', items: received.slice(0, 7) })
    const own = Array.from({ length: 3 }, () => item({ own: true }))
    expect(homeNews(own)).toEqual({ kind: 'single', items: own })
  })

  it('pages «Наши новости» at /news/own/ only on sites that received something', () => {
    expect(ownNewsPath()).toBe('/news/own/')
    expect(ownNewsPath(2)).toBe('/news/own/page/2/')
    const ppo = fixtureSite('ppo-zarechnaya')
    const routes = ownNewsRoutes([ppo])
    expect(routes).toHaveLength(1)
    expect(routes[0]!.props.page.items.map((i) => i.slug)).toEqual(
      ppo.snapshot.feed.filter((i) => i.provenance.isOwn).map((i) => i.slug),
    )
    // The federation receives nothing: «Все» = «Наши», no own list.
    expect(ownNewsRoutes([fixtureSite('fnpr')])).toEqual([])
  })
})

describe('related items', () => {
  it('takes up to three newest items sharing the rubric or a tag, never the item itself', () => {
    const rubric = { slug: 'zarplata', title: 'Зарплата' }
    const article = item({ category: rubric, tags: ['МРОТ'], publishedAt: '2026-02-01T00:00:00Z' })
    const sameRubricOld = item({ category: rubric, publishedAt: '2025-01-01T00:00:00Z' })
    const sameTag = item({ tags: ['мрот'], publishedAt: '2026-01-20T00:00:00Z' })
    const unrelated = item({ tags: ['спорт'], publishedAt: '2026-03-01T00:00:00Z' })
    const sameRubricNew = item({ category: rubric, publishedAt: '2026-03-02T00:00:00Z' })
    const sameRubricMid = item({ category: rubric, publishedAt: '2026-01-25T00:00:00Z' })
    const feed = [unrelated, sameRubricNew, article, sameRubricMid, sameTag, sameRubricOld]
    expect(relatedItems(feed, article).map((i) => i.id)).toEqual([
      sameRubricNew.id,
      sameRubricMid.id,
      sameTag.id,
    ])
    expect(relatedItems([article, unrelated], article)).toEqual([])
  })
})

describe('share links and tags', () => {
  it("encodes the article's address on this site and its title", () => {
    const links = shareLinks('http://a.localhost:4321/news/x/?a=1&b=2', 'Зарплата & МРОТ')
    expect(links.map((l) => l.href)).toEqual([
      'https://vk.com/share.php?url=http%3A%2F%2Fa.localhost%3A4321%2Fnews%2Fx%2F%3Fa%3D1%26b%3D2&title=%D0%97%D0%B0%D1%80%D0%BF%D0%BB%D0%B0%D1%82%D0%B0%20%26%20%D0%9C%D0%A0%D0%9E%D0%A2',
      'https://t.me/share/url?url=http%3A%2F%2Fa.localhost%3A4321%2Fnews%2Fx%2F%3Fa%3D1%26b%3D2&text=%D0%97%D0%B0%D1%80%D0%BF%D0%BB%D0%B0%D1%82%D0%B0%20%26%20%D0%9C%D0%A0%D0%9E%D0%A2',
      'https://connect.ok.ru/offer?url=http%3A%2F%2Fa.localhost%3A4321%2Fnews%2Fx%2F%3Fa%3D1%26b%3D2&title=%D0%97%D0%B0%D1%80%D0%BF%D0%BB%D0%B0%D1%82%D0%B0%20%26%20%D0%9C%D0%A0%D0%9E%D0%A2',
    ])
    expect(links.map((l) => l.label)).toEqual(['ВКонтакте', 'Telegram', 'Одноклассники'])
  })

  it('links a tag to the site search only when the site has one', () => {
    expect(tagSearchPath('МРОТ', true)).toBe('/search/?q=%D0%9C%D0%A0%D0%9E%D0%A2')
    expect(tagSearchPath('МРОТ', false)).toBeUndefined()
  })
})

describe('page keys of the news ownership parts', () => {
  const keys = (feed: FeedItem[]) => {
    const snapshot = { ...fixtureSnapshot('ugleprof'), feed }
    return new Map(planPages([toSiteData(snapshot, 'ugleprof.json')]).map((p) => [p.file, p.key]))
  }
  const base = fixtureSnapshot('ugleprof').feed
  const article = (slug: string) => `ugleprof.localhost/news/${slug}/index.html`

  it('re-keys an older article when a new item enters its related block, and only then', () => {
    const target = base.find((i) => i.slug === 'shkola-upolnomochennykh')!
    const before = keys(base)
    // A new item of the same rubric, newer than all: it enters the related block of the
    // «okhrana-truda» articles, whose related lists change.
    const fresh = {
      ...target,
      id: 'fresh',
      slug: 'novaya-proverka',
      title: 'Новая проверка',
      tags: [],
      publishedAt: '2027-01-01T00:00:00Z',
    }
    const after = keys([fresh, ...base])
    expect(after.get(article(target.slug))).not.toBe(before.get(article(target.slug)))
    // An article of another rubric without shared tags keeps its key.
    const other = base.find((i) => i.slug === 'indeksatsiya-2026')!
    expect(after.get(article(other.slug))).toBe(before.get(article(other.slug)))
    // An old item of the rubric that does not enter any related block changes no older article.
    const old = {
      ...fresh,
      id: 'old',
      slug: 'staraya-proverka',
      publishedAt: '2001-01-01T00:00:00Z',
    }
    const withOld = keys([...base, old])
    expect(withOld.get(article(target.slug))).toBe(before.get(article(target.slug)))
  })

  it('re-keys the news list when the site receives its first item (the switch appears)', () => {
    const own = base.filter((i) => i.provenance.isOwn)
    const received = base.find((i) => !i.provenance.isOwn)!
    // Dated in a year the archive already has, on the list's second page: only the switch
    // changes the first page.
    const old = { ...received, publishedAt: '2026-01-02T00:00:00Z' }
    const before = keys(own)
    const after = keys([...own, old])
    expect(after.get('ugleprof.localhost/news/index.html')).not.toBe(
      before.get('ugleprof.localhost/news/index.html'),
    )
    expect(before.has('ugleprof.localhost/news/own/index.html')).toBe(false)
    expect(after.has('ugleprof.localhost/news/own/index.html')).toBe(true)
  })
})
