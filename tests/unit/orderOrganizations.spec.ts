import { describe, expect, it } from 'vitest'
import { orderOrganizations } from '../../cms/import/orderOrganizations'

interface Entry {
  key: string
  parent?: string
  memberships: string[]
}

const org = (key: string, parent?: string, memberships: string[] = []): Entry => ({
  key,
  parent,
  memberships,
})

function expectUpstreamFirst(ordered: Entry[]): void {
  const position = new Map(ordered.map((e, i) => [e.key, i]))
  for (const e of ordered) {
    for (const up of [e.parent, ...e.memberships]) {
      if (up && position.has(up)) expect(position.get(up)).toBeLessThan(position.get(e.key)!)
    }
  }
}

describe('orderOrganizations', () => {
  it('puts parents before their children', () => {
    const ordered = orderOrganizations([
      org('ppo', 'terkom'),
      org('terkom', 'union'),
      org('union', 'fed'),
      org('fed'),
    ])
    expect(ordered.map((e) => e.key)).toEqual(['fed', 'union', 'terkom', 'ppo'])
  })

  it('puts memberships before their members', () => {
    const ordered = orderOrganizations([
      org('terkom', 'union', ['toop']),
      org('union', 'fed'),
      org('toop', 'fed'),
      org('fed'),
    ])
    expectUpstreamFirst(ordered)
    expect(ordered.map((e) => e.key).indexOf('toop')).toBeLessThan(
      ordered.map((e) => e.key).indexOf('terkom'),
    )
  })

  it('keeps the input order where nothing forces a change', () => {
    const ordered = orderOrganizations([org('fed'), org('b', 'fed'), org('a', 'fed')])
    expect(ordered.map((e) => e.key)).toEqual(['fed', 'b', 'a'])
  })

  it('lists every entry exactly once, even when reached by several paths', () => {
    const entries = [
      org('ppo', 'terkom', ['toop']),
      org('terkom', 'union', ['toop']),
      org('toop', 'fed'),
      org('union', 'fed'),
      org('fed'),
    ]
    const ordered = orderOrganizations(entries)
    expect(ordered).toHaveLength(entries.length)
    expect(new Set(ordered)).toEqual(new Set(entries))
    expectUpstreamFirst(ordered)
  })

  it('returns the same objects', () => {
    const fed = org('fed')
    expect(orderOrganizations([fed])[0]).toBe(fed)
  })

  it('skips references to keys that are not in the list', () => {
    expect(orderOrganizations([org('union', 'elsewhere', ['nowhere'])]).map((e) => e.key)).toEqual([
      'union',
    ])
  })

  it('throws on a parent cycle, naming a key on it', () => {
    expect(() => orderOrganizations([org('a', 'b'), org('b', 'a')])).toThrow(/cycle at "(a|b)"/)
  })

  it('throws on a cycle through memberships', () => {
    expect(() =>
      orderOrganizations([org('fed'), org('a', 'fed', ['b']), org('b', 'fed', ['a'])]),
    ).toThrow(/cycle/)
  })

  it('throws on an org that is its own parent', () => {
    expect(() => orderOrganizations([org('a', 'a')])).toThrow('Organizations form a cycle at "a"')
  })
})
