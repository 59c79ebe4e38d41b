import { describe, expect, it } from 'vitest'
import { canonicalValue, isoDate, sortedJson } from '../../cms/backup/canonicalValue'

describe('canonical values of a backup (the same bytes from SQLite and PostgreSQL)', () => {
  it('writes PostgreSQL timestamps as the ISO strings SQLite stores, to the millisecond', () => {
    expect(isoDate('2026-12-06 05:41:54.123+00')).toBe('2026-12-06T05:41:54.123Z')
    expect(isoDate('2026-12-06 08:41:54.12+03')).toBe('2026-12-06T05:41:54.120Z')
    expect(canonicalValue('PgTimestampString', '2026-12-06 05:41:54+00')).toBe(
      '2026-12-06T05:41:54.000Z',
    )
    // SQLite's text is kept as it is.
    expect(canonicalValue('SQLiteText', '2026-12-06T05:41:54.123Z')).toBe(
      '2026-12-06T05:41:54.123Z',
    )
  })

  it('makes numbers of numeric columns, sorted JSON of JSON columns, null of nothing', () => {
    expect(canonicalValue('PgNumeric', '1620000')).toBe(1620000)
    expect(canonicalValue('SQLiteNumericNumber', 2.5)).toBe(2.5)
    expect(canonicalValue('PgJsonb', { b: 1, a: [{ d: 1, c: 2 }] })).toEqual({
      a: [{ c: 2, d: 1 }],
      b: 1,
    })
    expect(JSON.stringify(canonicalValue('SQLiteTextJson', '{"b":1,"a":2}'))).toBe('{"a":2,"b":1}')
    expect(canonicalValue('PgText', undefined)).toBeNull()
    expect(JSON.stringify(sortedJson({ z: null, y: 'x' }))).toBe('{"y":"x","z":null}')
  })
})
