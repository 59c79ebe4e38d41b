import { describe, expect, it } from 'vitest'
import { membersByOrg } from '../../domain/org/membersByOrg'

/*
 * fed ─ union ─ terkom1 (member of tuop)
 *    │       └─ terkom2 (member of tuop and of tuop2)
 *    └ tuop, tuop2
 */
const links = [
  { id: 1, parent: null, memberships: [] },
  { id: 2, parent: 1, memberships: [] },
  { id: 'tuop', parent: 1, memberships: [] },
  { id: 'tuop2', parent: 1, memberships: [] },
  { id: 3, parent: 2, memberships: ['tuop'] },
  { id: 4, parent: 2, memberships: ['tuop2', 'tuop'] },
]

describe('membersByOrg', () => {
  it('lists the orgs that are members of an org by a membership edge, in the given order', () => {
    const members = membersByOrg(links)
    expect(members.get('tuop')).toEqual([3, 4])
    expect(members.get('tuop2')).toEqual([4])
  })

  it('leaves structural children out: a parent is not a membership', () => {
    const members = membersByOrg(links)
    expect(members.get('1')).toBeUndefined()
    expect(members.get('2')).toBeUndefined()
  })

  it('matches ids across numbers and strings, and lists a member once', () => {
    const members = membersByOrg([
      { id: 'a', parent: null, memberships: [] },
      { id: 5, parent: null, memberships: ['a', 'a'] },
      { id: 6, parent: null, memberships: [7] },
      { id: '7', parent: null, memberships: [] },
    ])
    expect(members.get('a')).toEqual([5])
    expect(members.get('7')).toEqual([6])
  })
})
