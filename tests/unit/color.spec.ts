import { describe, expect, it } from 'vitest'
import { accentPassesAA, contrastRatio, parseHex, relativeLuminance } from '../../domain/text/color'

describe('parseHex', () => {
  it('parses six digits', () => {
    expect(parseHex('#1a4f8b')).toEqual([0x1a, 0x4f, 0x8b])
  })

  it('expands three digits', () => {
    expect(parseHex('#f80')).toEqual([255, 136, 0])
  })

  it('ignores case', () => {
    expect(parseHex('#1A4F8B')).toEqual(parseHex('#1a4f8b'))
  })

  it('rejects other lengths, a missing # and non-hex digits', () => {
    expect(parseHex('#12345')).toBeNull()
    expect(parseHex('#1234567')).toBeNull()
    expect(parseHex('1a4f8b')).toBeNull()
    expect(parseHex('#ggg')).toBeNull()
    expect(parseHex('red')).toBeNull()
  })
})

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0)
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10)
  })
})

describe('contrastRatio', () => {
  it('is 21 between black and white', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 10)
  })

  it('is 1 between a colour and itself', () => {
    expect(contrastRatio([30, 107, 60], [30, 107, 60])).toBe(1)
  })

  it('does not depend on the order of the colours', () => {
    expect(contrastRatio([255, 204, 0], [26, 79, 139])).toBe(
      contrastRatio([26, 79, 139], [255, 204, 0]),
    )
  })
})

describe('accentPassesAA', () => {
  it('passes #767676, the lightest grey with 4.5:1 on white', () => {
    expect(accentPassesAA('#767676')).toEqual({ ok: true, ratio: 4.54 })
  })

  it('fails #777777, just below 4.5:1', () => {
    expect(accentPassesAA('#777777')).toEqual({ ok: false, ratio: 4.48 })
  })

  it('passes a dark green', () => {
    const result = accentPassesAA('#1e6b3c')
    expect(result.ok).toBe(true)
    expect(result.ratio).toBeGreaterThan(6)
  })

  it('fails a bright yellow', () => {
    const result = accentPassesAA('#ffcc00')
    expect(result.ok).toBe(false)
    expect(result.ratio).toBeLessThan(2)
  })

  it('accepts the three-digit form', () => {
    expect(accentPassesAA('#000')).toEqual({ ok: true, ratio: 21 })
  })

  it('fails an invalid colour with ratio 0', () => {
    expect(accentPassesAA('darkgreen')).toEqual({ ok: false, ratio: 0 })
    expect(accentPassesAA('#12345')).toEqual({ ok: false, ratio: 0 })
  })
})
