import { describe, expect, it } from 'vitest'
import { reachSummary } from '../../domain/syndication/reachSummary'

describe('reachSummary', () => {
  it('an item for the org’s own site only', () => {
    expect(reachSummary({ total: 0, byKind: {}, heldForReview: 0 }, false)).toBe(
      'Только сайт вашей организации.',
    )
  })

  it('counts the sites below by level, in correct plurals', () => {
    expect(
      reachSummary(
        { total: 4, byKind: { territorial_org: 1, primary_org: 3, union: 0 }, heldForReview: 0 },
        false,
      ),
    ).toBe('Сайт вашей организации и 4 сайта ниже: 1 территориальная организация, 3 ППО.')
    expect(
      reachSummary({ total: 21, byKind: { territorial_org: 21 }, heldForReview: 0 }, false),
    ).toBe('Сайт вашей организации и 21 сайт ниже: 21 территориальная организация.')
    expect(reachSummary({ total: 5, byKind: { union: 5 }, heldForReview: 0 }, false)).toBe(
      'Сайт вашей организации и 5 сайтов ниже: 5 профсоюзов.',
    )
  })

  it('says who reviews first, and that a mandatory item skips that review', () => {
    const counts = { total: 12, byKind: { primary_org: 12 }, heldForReview: 2 }
    expect(reachSummary(counts, false)).toBe(
      'Сайт вашей организации и 12 сайтов ниже: 12 ППО. 2 организации из них покажут его после проверки своим редактором.',
    )
    expect(reachSummary({ ...counts, heldForReview: 1 }, false)).toContain(
      '1 организация из них покажет его',
    )
    expect(reachSummary(counts, true)).toBe(
      'Сайт вашей организации и 12 сайтов ниже: 12 ППО. Материал обязательный: он появится сразу и у 2 организаций, где материалы сверху обычно проверяет редактор.',
    )
  })
})
