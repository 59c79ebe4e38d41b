import { describe, expect, it } from 'vitest'
import { transliterate } from '../../domain/text/transliterate'

describe('transliterate', () => {
  it('maps the multi-letter Russian sounds', () => {
    expect(transliterate('щжхцчшюя')).toBe('shchzhkhtschshyuya')
  })

  it('maps ё to e and й to y', () => {
    expect(transliterate('ёлка йод')).toBe('elka yod')
  })

  it('drops the hard and soft signs', () => {
    expect(transliterate('объём мать')).toBe('obem mat')
  })

  it('capitalises only the first letter of a multi-letter mapping', () => {
    expect(transliterate('Щука Жук Юля')).toBe('Shchuka Zhuk Yulya')
  })

  it('drops an upper-case hard sign instead of leaving it in place', () => {
    expect(transliterate('ОБЪЁМ')).toBe('OBEM')
  })

  it('handles Ukrainian and Belarusian letters', () => {
    expect(transliterate('Київ Євген ґанок Ўладзімір')).toBe('Kiyiv Yevgen ganok Uladzimir')
  })

  it('leaves Latin letters, digits and punctuation untouched', () => {
    expect(transliterate('ООО «Ромашка-2», № 5')).toBe('OOO «Romashka-2», № 5')
  })
})
