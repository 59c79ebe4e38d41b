import { describe, expect, it } from 'vitest'
import {
  needsWideConfirmation,
  sameReach,
  wideConfirmationText,
} from '../../domain/syndication/wideMandatory'

const ABOVE = 100
const everyone = { scope: 'subtree' as const }
const onlyPpo = { scope: 'subtree' as const, kinds: ['primary_org' as const] }

describe('the confirmation before a mandatory item goes to more than a hundred sites', () => {
  it('is asked only for a mandatory item above the threshold', () => {
    const after = { mandatory: true, reach: everyone }
    expect(needsWideConfirmation(after, ABOVE, null, ABOVE)).toBe(false)
    expect(needsWideConfirmation(after, ABOVE + 1, null, ABOVE)).toBe(true)
    expect(needsWideConfirmation({ ...after, mandatory: false }, 5_000, null, ABOVE)).toBe(false)
  })

  it('is not asked again for an item already published mandatory with the same reach', () => {
    const after = { mandatory: true, reach: everyone }
    expect(needsWideConfirmation(after, 5_000, { mandatory: true, reach: everyone }, ABOVE)).toBe(
      false,
    )
    // Made mandatory now, or sent further than before: asked.
    expect(needsWideConfirmation(after, 5_000, { mandatory: false, reach: everyone }, ABOVE)).toBe(
      true,
    )
    expect(needsWideConfirmation(after, 5_000, { mandatory: true, reach: onlyPpo }, ABOVE)).toBe(
      true,
    )
  })

  it('compares reaches by where they arrive, not by how they are written', () => {
    expect(sameReach({ scope: 'subtree', maxDepth: null }, { scope: 'subtree', kinds: [] })).toBe(
      true,
    )
    expect(sameReach({ scope: 'children' }, { scope: 'subtree', maxDepth: 1 })).toBe(true)
    expect(sameReach({ scope: 'own' }, { scope: 'children' })).toBe(false)
    expect(
      sameReach(
        { scope: 'subtree', kinds: ['union', 'primary_org'] },
        { scope: 'subtree', kinds: ['primary_org', 'union'] },
      ),
    ).toBe(true)
  })

  it('says how many sites in Russian, with the number grouped', () => {
    expect(wideConfirmationText(101)).toContain('на 101 сайте нижестоящих')
    expect(wideConfirmationText(102)).toContain('на 102 сайтах')
    expect(wideConfirmationText(2_345)).toContain('на 2\u00a0345 сайтах')
    expect(wideConfirmationText(2_345)).toMatch(/скрыть его там не смогут\. Опубликовать\?$/)
    expect(wideConfirmationText(2_345)).toContain('он сразу появится')
  })

  it('says a scheduled publication lands at its time, and asks to schedule', () => {
    const text = wideConfirmationText(150, 'scheduled')
    expect(text).toContain('он в назначенное время появится на 150 сайтах нижестоящих')
    expect(text).toMatch(/Запланировать публикацию\?$/)
  })
})
