import { describe, expect, it } from 'vitest'
import { countOf, plural } from '../../domain/text/plural'

const DAYS = ['день', 'дня', 'дней'] as const

describe('plural (domain/text/plural.ts)', () => {
  it('one for 1, 21, 101 but not 11 or 111', () => {
    for (const n of [1, 21, 101, 1001]) expect(plural(n, DAYS)).toBe('день')
    for (const n of [11, 111]) expect(plural(n, DAYS)).toBe('дней')
  })

  it('few for 2–4, 22–24, but not 12–14', () => {
    for (const n of [2, 3, 4, 22, 34, 102]) expect(plural(n, DAYS)).toBe('дня')
    for (const n of [12, 13, 14, 112]) expect(plural(n, DAYS)).toBe('дней')
  })

  it('many for 0 and 5–20', () => {
    for (const n of [0, 5, 9, 10, 15, 20, 25, 100]) expect(plural(n, DAYS)).toBe('дней')
  })

  it('a fraction takes the genitive singular, as «1,5 дня»', () => {
    expect(plural(1.5, DAYS)).toBe('дня')
    expect(plural(4.5, DAYS)).toBe('дня')
  })

  it('countOf writes the number and the noun', () => {
    expect(countOf(47, DAYS)).toBe('47 дней')
    expect(countOf(1, ['новость', 'новости', 'новостей'])).toBe('1 новость')
  })
})
