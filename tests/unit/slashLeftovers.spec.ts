import { describe, expect, it } from 'vitest'
import { slashLeftovers } from '../../domain/richText/slashLeftovers'
import { doc, text } from '../helpers/lexicalNodes'

const paragraph = (...children: object[]) => ({
  type: 'paragraph',
  version: 1,
  children,
  indent: 0,
  direction: null,
  format: '',
})

describe('slash-menu leftovers in a text', () => {
  it('finds a paragraph that is only a slash command', () => {
    expect(
      slashLeftovers(doc(paragraph(text('Итоги года')), paragraph(text('/Несортир')))),
    ).toEqual(['/Несортир'])
  })

  it('finds two words typed after the slash, each leftover once', () => {
    expect(
      slashLeftovers(doc(paragraph(text('/Заголовок 1')), paragraph(text(' /Заголовок 1 ')))),
    ).toEqual(['/Заголовок 1'])
  })

  it('leaves slashes inside sentences, dates, fractions and a long line alone', () => {
    expect(
      slashLeftovers(
        doc(
          paragraph(text('Члены и/или их семьи')),
          paragraph(text('1/2 ставки')),
          paragraph(text('/ пресс-служба')),
          paragraph(text(`/${'а'.repeat(60)}`)),
          paragraph(text('Приказ от 01/02/2026')),
        ),
      ),
    ).toEqual([])
  })

  it('is empty for no text at all', () => {
    expect(slashLeftovers(null)).toEqual([])
    expect(slashLeftovers({ root: { type: 'root', children: [] } })).toEqual([])
  })
})
