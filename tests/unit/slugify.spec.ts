import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidSlug, SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from '../../domain/text/slugify'

describe('slugify', () => {
  it('transliterates a federation name into a dashed slug', () => {
    expect(slugify('Московская федерация профсоюзов')).toBe('moskovskaya-federatsiya-profsoyuzov')
  })

  it('spells out щ, ж, х, ц, ю, я, ё, й and drops ъ and ь', () => {
    expect(slugify('Щука Жук Хор Цапля Юла Яма Ёлка Йод Объём Мать')).toBe(
      'shchuka-zhuk-khor-tsaplya-yula-yama-elka-yod-obem-mat',
    )
  })

  it('drops quotes instead of turning them into dashes', () => {
    expect(slugify('Профсоюз «Единство»')).toBe('profsoyuz-edinstvo')
    expect(slugify('АО “Завод „Вымпел“”')).toBe('ao-zavod-vympel')
  })

  it('drops the number sign and turns punctuation into single dashes', () => {
    expect(slugify('ППО МБОУ СОШ № 1234')).toBe('ppo-mbou-sosh-1234')
    expect(slugify('Профсоюз работников, служащих и т. д.!')).toBe(
      'profsoyuz-rabotnikov-sluzhashchikh-i-t-d',
    )
  })

  it('trims dashes at both ends and collapses runs of separators', () => {
    expect(slugify('  — Совет   молодёжи —  ')).toBe('sovet-molodezhi')
  })

  it('strips Latin diacritics', () => {
    expect(slugify('Café Noël')).toBe('cafe-noel')
  })

  it('cuts a long name at a word boundary within 63 characters', () => {
    const name =
      'Территориальная организация Общероссийского профсоюза образования города Москвы и Московской области'
    const slug = slugify(name)
    expect(slug).toBe('territorialnaya-organizatsiya-obshcherossiyskogo-profsoyuza')
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
  })

  it('honours a custom maximum length', () => {
    expect(slugify('Первичная профсоюзная организация', 20)).toBe('pervichnaya')
  })

  it('cuts hard when there is no word boundary in the second half', () => {
    const slug = slugify('а'.repeat(70))
    expect(slug).toBe('a'.repeat(63))
  })

  it('keeps whole words that fit and drops the one that would be cut', () => {
    const words = ['b', 'c', 'd', 'e'].map((letter) => letter.repeat(20))
    const slug = slugify(words.join(' '))
    expect(slug).toBe(words.slice(0, 3).join('-'))
    expect(slug.endsWith('-')).toBe(false)
  })

  it('returns an empty string when nothing can be transliterated', () => {
    expect(slugify('«» — !!!')).toBe('')
  })

  it('always produces a valid slug when the input has a letter or digit', () => {
    const alphabet = [
      ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЖЩЪЬ',
      ...'abcXYZ019',
      ...' -_.,«»"№—!?',
    ]
    const text = fc
      .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 120 })
      .map((chars) => chars.join(''))
    fc.assert(
      fc.property(text, fc.integer({ min: 8, max: 80 }), (input, max) => {
        const slug = slugify(input, max)
        // Only ъ and ь vanish completely; any other letter or a digit leaves something.
        const hasSound = /[a-z0-9а-щыэюяё]/i.test(input)
        expect(slug !== '').toBe(hasSound)
        if (slug !== '') expect(isValidSlug(slug, max)).toBe(true)
        expect(slug.length).toBeLessThanOrEqual(max)
      }),
    )
  })
})

describe('isValidSlug', () => {
  it('accepts lower-case Latin letters, digits and single dashes', () => {
    expect(isValidSlug('ppo-school-1234')).toBe(true)
    expect(isValidSlug('a')).toBe(true)
  })

  it('rejects leading, trailing and double dashes', () => {
    expect(isValidSlug('-fnpr')).toBe(false)
    expect(isValidSlug('fnpr-')).toBe(false)
    expect(isValidSlug('mos--fed')).toBe(false)
  })

  it('rejects upper case, Cyrillic, spaces and underscores', () => {
    expect(isValidSlug('Fnpr')).toBe(false)
    expect(isValidSlug('фнпр')).toBe(false)
    expect(isValidSlug('mos fed')).toBe(false)
    expect(isValidSlug('mos_fed')).toBe(false)
  })

  it('rejects the empty string', () => {
    expect(isValidSlug('')).toBe(false)
  })

  it('limits length to 63 by default and to the given maximum otherwise', () => {
    expect(isValidSlug('a'.repeat(63))).toBe(true)
    expect(isValidSlug('a'.repeat(64))).toBe(false)
    expect(isValidSlug('a'.repeat(80), 80)).toBe(true)
    expect(isValidSlug('a'.repeat(81), 80)).toBe(false)
  })

  it('is stricter than the DNS label pattern only about double dashes', () => {
    expect(SLUG_PATTERN.test('mos--fed')).toBe(true)
    expect(isValidSlug('mos--fed')).toBe(false)
  })
})
