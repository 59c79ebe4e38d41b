import { describe, expect, it } from 'vitest'
import { foldForSearch } from '../../domain/text/foldForSearch'

describe('foldForSearch', () => {
  it('folds Cyrillic case, which SQLite LIKE does not', () => {
    expect(foldForSearch('КОЛЛЕКТИВНЫЙ')).toBe('коллективный')
    expect(foldForSearch('Коллективный Договор')).toBe('коллективный договор')
  })

  it('reads ё as е in either case', () => {
    expect(foldForSearch('Ёлка и всё')).toBe('елка и все')
    expect(foldForSearch('ЁЖ')).toBe(foldForSearch('еж'))
  })

  it('composes a decomposed «й» and «ё» (as some keyboards and PDFs send them)', () => {
    expect(foldForSearch('и\u0306')).toBe('й')
    expect(foldForSearch('Е\u0308')).toBe('е')
  })

  it('leaves Latin, digits and punctuation as lower case text', () => {
    expect(foldForSearch('ППО «Metro-2» №5')).toBe('ппо «metro-2» №5')
    expect(foldForSearch('')).toBe('')
  })
})
