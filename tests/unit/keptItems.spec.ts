import { describe, expect, it } from 'vitest'
import { keptItems, RECEIVED_WINDOW } from '../../domain/publishing/keptItems'
import { nextOldSlugs, slugRedirects } from '../../domain/publishing/slugRedirects'
import type { FeedItem } from '../../domain/syndication/types'

const item = (post: number, origin: number, day: number, pinned = false): FeedItem => ({
  post,
  origin,
  via: null,
  pinned,
  publishedAt: new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString(),
})

describe('keptItems: what a site lists', () => {
  it('keeps every own item past the window, and no received item past it', () => {
    // The feed query's window: the newest RECEIVED_WINDOW items, here all received.
    const window = Array.from({ length: RECEIVED_WINDOW }, (_, i) => item(1000 + i, 1, 500 + i))
    const own = Array.from({ length: 250 }, (_, i) => item(i + 1, 7, i))
    const kept = keptItems(window, own)
    expect(kept).toHaveLength(RECEIVED_WINDOW + 250)
    expect(kept.filter((i) => i.origin === 7)).toHaveLength(250)
    // Newest first, as the feed orders them.
    expect(kept[0]!.post).toBe(1000 + RECEIVED_WINDOW - 1)
    expect(kept.at(-1)!.post).toBe(1)
  })

  it("keeps the feed's entry of an own item in both (its pin), once", () => {
    const pinned = item(5, 7, 1, true)
    const kept = keptItems([pinned, item(9, 1, 3)], [item(5, 7, 1), item(4, 7, 0)])
    expect(kept.map((i) => [i.post, i.pinned])).toEqual([
      [5, true],
      [9, false],
      [4, false],
    ])
  })
})

describe('slugRedirects: the redirect table of a site', () => {
  it('sends each old slug to the address now, sorted', () => {
    expect(
      slugRedirects([
        { slug: 'b-new', oldSlugs: ['b-old', 'b-older'] },
        { slug: 'a', oldSlugs: [] },
      ]),
    ).toEqual([
      { from: '/news/b-old/', to: '/news/b-new/' },
      { from: '/news/b-older/', to: '/news/b-new/' },
    ])
  })

  it("never shadows a live item's address, and gives a shared old slug to the first item", () => {
    expect(
      slugRedirects([
        { slug: 'x', oldSlugs: ['y', 'z'] },
        { slug: 'y', oldSlugs: ['z'] },
      ]),
    ).toEqual([{ from: '/news/z/', to: '/news/x/' }])
  })
})

describe('nextOldSlugs: the history a publish leaves', () => {
  it('adds the published slug when a publish changes it, once', () => {
    expect(nextOldSlugs([], 'old', 'new')).toEqual(['old'])
    expect(nextOldSlugs(['old'], 'old', 'new')).toEqual(['old'])
    expect(nextOldSlugs(['a'], 'b', 'c')).toEqual(['a', 'b'])
  })

  it('records nothing for a first publish or an unchanged slug; renaming back drops the slug', () => {
    expect(nextOldSlugs([], null, 'new')).toEqual([])
    expect(nextOldSlugs(['a'], 'b', 'b')).toEqual(['a'])
    expect(nextOldSlugs(['a', 'b'], 'b', 'a')).toEqual(['b'])
  })
})
