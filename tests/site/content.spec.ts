import { describe, expect, it } from 'vitest'
import { groupDocuments } from '../../site/src/lib/documents'
import { canonicalUrlOf, originName, rubricsOf } from '../../site/src/lib/feed'
import { srcsetOf } from '../../site/src/lib/images'
import { isWithin, menuTrail, pageAncestors } from '../../site/src/lib/navigation'
import { paginate } from '../../site/src/lib/pagination'
import { fixtureSnapshot } from './fixtures'

const union = fixtureSnapshot('ugleprof')
const ppo = fixtureSnapshot('ppo-zarechnaya')

describe('documents', () => {
  it('groups by type in the CMS order with Russian labels, newest year first', () => {
    const groups = groupDocuments(union.documents)
    expect(groups.map((g) => g.label)).toEqual([
      'Устав',
      'Коллективный договор',
      'Положение',
      'Публичный отчёт',
    ])
    expect(groups.at(-1)!.years.map((y) => y.year)).toEqual([2025, 2024])
  })
})

describe('navigation', () => {
  it('finds the menu trail and the parent pages of a nested page', () => {
    expect(menuTrail(union.navigation, '/o-nas/istoriya/').map((i) => i.slug)).toEqual([
      'o-nas',
      'istoriya',
    ])
    expect(menuTrail(union.navigation, '/nowhere/')).toEqual([])
    const history = union.pages.find((p) => p.slug === 'istoriya')!
    expect(pageAncestors(union.pages, history).map((p) => p.slug)).toEqual(['o-nas'])
  })

  it('marks a section active for the pages inside it, never the home page', () => {
    expect(isWithin('/news/x/', '/news/')).toBe(true)
    expect(isWithin('/news/x/', '/')).toBe(false)
    expect(isWithin('/documents/', '/news/')).toBe(false)
  })
})

describe('feed', () => {
  it('keeps rubrics that have items, in category order', () => {
    const rubrics = rubricsOf(ppo)
    expect(rubrics.map((r) => [r.category.slug, r.items.length])).toEqual([
      ['kollektivnyy-dogovor', 1],
      ['okhrana-truda', 1],
      ['zhizn-organizatsii', 2],
    ])
  })

  it("points own items at the org's page and syndicated ones at the origin", () => {
    const [own, syndicated] = ppo.feed
    expect(canonicalUrlOf(ppo.site, own!)).toBe(
      'http://zarechnaya.localhost:4321/news/kollektivnyy-dogovor-podpisan/',
    )
    expect(canonicalUrlOf(ppo.site, syndicated!)).toBe(
      'http://ugleprof.localhost:4321/news/shkola-upolnomochennykh/',
    )
    expect(originName(syndicated!)).toBe('Росуглепроф')
  })
})

describe('pagination and images', () => {
  it('always has a first page, even for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, total: 1 }])
    expect(paginate([1, 2, 3], 2).map((p) => p.items)).toEqual([[1, 2], [3]])
  })

  it('lists the upload sizes of the original proportions in srcset by width, never the original', () => {
    const cover = union.feed[0]!.cover!
    expect(srcsetOf(cover)).toBe('/media/covers/fos-480.jpg 480w, /media/covers/fos-960.jpg 960w')
    expect(srcsetOf({ ...cover, sizes: [] })).toBeUndefined()
  })
})
