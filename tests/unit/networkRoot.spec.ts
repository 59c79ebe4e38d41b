import { describe, expect, it } from 'vitest'
import { nearestNetworkRoot } from '../../domain/org/networkRoot'

describe('nearestNetworkRoot', () => {
  it('is null without ancestors', () => {
    expect(nearestNetworkRoot([])).toBeNull()
  })

  it('is null when no ancestor declares a network domain', () => {
    expect(
      nearestNetworkRoot([{ id: 1 }, { id: 2, networkDomain: null }, { id: 3, networkDomain: '' }]),
    ).toBeNull()
  })

  it('picks the only ancestor with a network domain', () => {
    expect(nearestNetworkRoot([{ id: 1, networkDomain: 'fnpr.ru' }, { id: 2 }, { id: 3 }])).toBe(1)
  })

  it('prefers the nearest of several network roots', () => {
    const ancestors = [
      { id: 1, networkDomain: 'fnpr.ru' },
      { id: 2, networkDomain: 'mosfed.ru' },
      { id: 3, networkDomain: null },
    ]
    expect(nearestNetworkRoot(ancestors)).toBe(2)
  })

  it('counts the direct parent', () => {
    expect(
      nearestNetworkRoot([
        { id: 'a', networkDomain: 'fnpr.ru' },
        { id: 'b', networkDomain: 'mfp.ru' },
      ]),
    ).toBe('b')
  })
})
