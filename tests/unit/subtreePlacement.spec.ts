import { describe, expect, it } from 'vitest'
import { type PlacementNode, subtreePlacement } from '../../cms/jobs/subtreePlacement'
import type { OrgId } from '../../domain/org/orgGraph'

const node = (
  id: OrgId,
  parent: OrgId | null,
  networkDomain: string | null = null,
): PlacementNode => ({
  id,
  parent,
  networkDomain,
})

describe('subtreePlacement', () => {
  it('recomputes ancestors top-down from the parent pointers', () => {
    // Territorial org 3 was moved under union 2 (itself under federation 1).
    const root = { ...node(3, 2), ancestors: [1, 2], networkRoot: 1 }
    const result = subtreePlacement(root, [node(5, 4), node(4, 3), node(6, 3)])
    expect(Object.fromEntries(result)).toEqual({
      '4': { ancestors: [1, 2, 3], networkRoot: 1 },
      '5': { ancestors: [1, 2, 3, 4], networkRoot: 1 },
      '6': { ancestors: [1, 2, 3], networkRoot: 1 },
    })
  })

  it('does not return the root itself', () => {
    const root = { ...node(3, 2), ancestors: [1, 2], networkRoot: null }
    expect(subtreePlacement(root, [node(4, 3)]).has('3')).toBe(false)
  })

  it('makes the root the network root of its children when it has a network domain', () => {
    const root = { ...node(2, 1, 'mfp.ru'), ancestors: [1], networkRoot: 1 }
    const result = subtreePlacement(root, [node(3, 2), node(4, 3)])
    expect(result.get('3')?.networkRoot).toBe(2)
    expect(result.get('4')?.networkRoot).toBe(2)
  })

  it('switches the network root below a descendant with a network domain', () => {
    const root = { ...node(2, 1), ancestors: [1], networkRoot: 1 }
    const result = subtreePlacement(root, [node(3, 2, 'mosfed.ru'), node(4, 3), node(5, 2)])
    expect(result.get('3')?.networkRoot).toBe(1)
    expect(result.get('4')?.networkRoot).toBe(3)
    expect(result.get('5')?.networkRoot).toBe(1)
  })

  it('keeps a null network root when no ancestor declares a domain', () => {
    const root = { ...node(2, 1), ancestors: [1], networkRoot: null }
    expect(subtreePlacement(root, [node(3, 2)]).get('3')).toEqual({
      ancestors: [1, 2],
      networkRoot: null,
    })
  })

  it('ignores nodes whose parent chain does not reach the root', () => {
    // 7 moved out of the subtree since the query ran; 8 is its child; 9 and 10 point at each other.
    const root = { ...node(2, 1), ancestors: [1], networkRoot: null }
    const result = subtreePlacement(root, [
      node(3, 2),
      node(7, 6),
      node(8, 7),
      node(9, 10),
      node(10, 9),
    ])
    expect([...result.keys()]).toEqual(['3'])
  })

  it('matches parents to ids across numeric and string forms', () => {
    const root = { ...node(2, 1), ancestors: [1], networkRoot: null }
    expect(subtreePlacement(root, [node('3', 2), node(4, '3')]).get('4')?.ancestors).toEqual([
      1,
      2,
      '3',
    ])
  })

  it('returns an empty map for a leaf', () => {
    expect(subtreePlacement({ ...node(4, 3), ancestors: [1, 2, 3], networkRoot: 1 }, []).size).toBe(
      0,
    )
  })
})
