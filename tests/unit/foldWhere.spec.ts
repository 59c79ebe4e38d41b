import { describe, expect, it } from 'vitest'
import { foldWhere } from '../../cms/search/foldWhere'

const folded = new Set(['title', 'lead'])

describe('foldWhere', () => {
  it('moves the list search (an `or` of `like`) to the folded copies, values folded', () => {
    expect(
      foldWhere({ or: [{ title: { like: 'КОЛЛЕКТИВНЫЙ' } }, { lead: { like: 'Ёлка' } }] }, folded),
    ).toEqual({ or: [{ titleFolded: { like: 'коллективный' } }, { leadFolded: { like: 'елка' } }] })
  })

  it('folds `contains` too and leaves exact operators on the text as written', () => {
    expect(foldWhere({ title: { contains: 'Договор' } }, folded)).toEqual({
      titleFolded: { contains: 'договор' },
    })
    expect(foldWhere({ title: { equals: 'Договор' } }, folded)).toEqual({
      title: { equals: 'Договор' },
    })
  })

  it('keeps both conditions when one field carries an exact and a fragment operator', () => {
    expect(
      foldWhere({ and: [{ id: { equals: 1 } }], title: { like: 'ДОГ', not_equals: 'x' } }, folded),
    ).toEqual({
      and: [
        { id: { equals: 1 } },
        { title: { not_equals: 'x' } },
        { titleFolded: { like: 'дог' } },
      ],
    })
  })

  it('leaves other fields, nested groups without text and non-string operands alone', () => {
    const where = {
      organization: { equals: 3 },
      and: [{ or: [{ slug: { like: 'ABC' } }] }],
      title: { like: 5 },
    }
    expect(foldWhere(where as never, folded)).toEqual(where)
  })
})
