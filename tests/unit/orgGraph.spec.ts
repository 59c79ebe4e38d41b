import { describe, expect, it } from 'vitest'
import {
  findUpstreamCycle,
  membershipKindAllowed,
  type OrgId,
  type OrgLinks,
  parentKindAllowed,
  sameId,
} from '../../domain/org/orgGraph'
import { ORG_KINDS } from '../../domain/org/orgKinds'

/** A graph given as id → [parent, memberships]. */
function graph(
  edges: Record<string, [OrgId | null, OrgId[]]>,
): (id: OrgId) => OrgLinks | undefined {
  return (id) => {
    const links = edges[String(id)]
    return links ? { id, parent: links[0], memberships: links[1] } : undefined
  }
}

describe('sameId', () => {
  it('compares numeric and string ids by value', () => {
    expect(sameId(7, '7')).toBe(true)
    expect(sameId('a', 'a')).toBe(true)
    expect(sameId(7, 8)).toBe(false)
  })

  it('never matches a missing id', () => {
    expect(sameId(null, null)).toBe(false)
    expect(sameId(undefined, 7)).toBe(false)
  })
})

describe('findUpstreamCycle', () => {
  it('finds an org that is its own parent', () => {
    expect(findUpstreamCycle(1, [1], graph({}))).toEqual([1, 1])
  })

  it('matches ids of different types', () => {
    expect(findUpstreamCycle(1, ['1'], graph({}))).toEqual([1, 1])
  })

  it('finds a cycle through the parent chain and returns the path', () => {
    // 1 → 2 → 3 → 1 along parent edges.
    const links = graph({ '2': [3, []], '3': [1, []] })
    expect(findUpstreamCycle(1, [2], links)?.map(String)).toEqual(['1', '2', '3', '1'])
  })

  it('finds a cycle through membership edges', () => {
    // The new upstream 2 has parent 3, which is a member of 1.
    const links = graph({ '2': [3, []], '3': [null, [1]] })
    expect(findUpstreamCycle(1, [2], links)?.map(String)).toEqual(['1', '2', '3', '1'])
  })

  it('returns the shortest way back', () => {
    const links = graph({ '2': [3, [1]], '3': [1, []] })
    expect(findUpstreamCycle(1, [2], links)?.map(String)).toEqual(['1', '2', '1'])
  })

  it('finds no cycle in a diamond', () => {
    // 1 has parent 2 and membership 3; both lead to 4 — two paths, no loop.
    const links = graph({ '2': [4, []], '3': [4, []], '4': [null, []] })
    expect(findUpstreamCycle(1, [2, 3], links)).toBeNull()
  })

  it('finds no cycle when an upstream is unknown', () => {
    expect(findUpstreamCycle(1, [2], graph({}))).toBeNull()
  })

  it('terminates on a loop that does not include the org', () => {
    const links = graph({ '2': [3, []], '3': [2, []] })
    expect(findUpstreamCycle(1, [2], links)).toBeNull()
  })

  it('finds nothing without upstreams', () => {
    expect(findUpstreamCycle(1, [], graph({}))).toBeNull()
  })
})

describe('parentKindAllowed', () => {
  it('allows a district territorial org inside a city one', () => {
    expect(parentKindAllowed('territorial_org', 'territorial_org')).toBe(true)
  })

  it('allows a primary org directly under its union or under a territorial org', () => {
    expect(parentKindAllowed('primary_org', 'union')).toBe(true)
    expect(parentKindAllowed('primary_org', 'territorial_org')).toBe(true)
  })

  it('allows unions and territorial associations only under the federation', () => {
    expect(parentKindAllowed('union', 'federation')).toBe(true)
    expect(parentKindAllowed('territorial_association', 'federation')).toBe(true)
    expect(parentKindAllowed('union', 'union')).toBe(false)
    expect(parentKindAllowed('union', 'territorial_association')).toBe(false)
  })

  it('refuses a primary org as anybody’s parent', () => {
    for (const kind of ORG_KINDS) expect(parentKindAllowed(kind, 'primary_org')).toBe(false)
  })

  it('refuses any parent for a federation', () => {
    for (const kind of ORG_KINDS) expect(parentKindAllowed('federation', kind)).toBe(false)
  })

  it('refuses a territorial org or primary org under a territorial association', () => {
    expect(parentKindAllowed('territorial_org', 'territorial_association')).toBe(false)
    expect(parentKindAllowed('primary_org', 'territorial_association')).toBe(false)
  })
})

describe('membershipKindAllowed', () => {
  it('allows a territorial org to be a member of a territorial association', () => {
    expect(membershipKindAllowed('territorial_org', 'territorial_association')).toBe(true)
  })

  it('allows a union to be a member of a territorial association', () => {
    expect(membershipKindAllowed('union', 'territorial_association')).toBe(true)
  })

  it('allows a primary org to be a member of a territorial org', () => {
    expect(membershipKindAllowed('primary_org', 'territorial_org')).toBe(true)
  })

  it('refuses membership in a union or the federation', () => {
    expect(membershipKindAllowed('territorial_org', 'union')).toBe(false)
    expect(membershipKindAllowed('union', 'federation')).toBe(false)
  })

  it('refuses any membership to the federation and to associations', () => {
    for (const kind of ORG_KINDS) {
      expect(membershipKindAllowed('federation', kind)).toBe(false)
      expect(membershipKindAllowed('territorial_association', kind)).toBe(false)
    }
  })
})
