import { describe, expect, it } from 'vitest'
import {
  type Grant,
  type ManagedUser,
  mayManageUser,
  type ScopedUser,
} from '../../domain/access/scope'

/** federation 1 → union 2 → territorial org 3 → primary orgs 4 and 5; union 6 is a sibling of 2. */
const LINEAGE: Record<number, number[]> = {
  1: [1],
  2: [1, 2],
  3: [1, 2, 3],
  4: [1, 2, 3, 4],
  5: [1, 2, 3, 5],
  6: [1, 6],
}
const lineage = (id: string | number) => LINEAGE[Number(id)] ?? [id]
const grant = (organization: number, role: Grant['role'], subtree = false): Grant => ({
  organization,
  role,
  subtree,
})
const actor = (...grants: Grant[]): ScopedUser => ({ id: 100, role: 'member', grants })
const target = (...grants: Grant[]): ManagedUser => ({ id: 200, role: 'member', grants })

const subtreeAdmin = actor(grant(3, 'admin', true))
const directAdmin = actor(grant(4, 'admin'))

describe('mayManageUser', () => {
  it('lets anybody signed in manage themselves, and nobody anonymous', () => {
    expect(mayManageUser(actor(grant(4, 'editor')), { id: 100 }, lineage)).toBe(true)
    expect(mayManageUser(null, target(grant(4, 'editor')), lineage)).toBe(false)
  })

  it('lets a platform admin manage anyone, platform admins included', () => {
    const platform: ScopedUser = { id: 1, role: 'platform-admin' }
    expect(mayManageUser(platform, { id: 2, role: 'platform-admin' }, lineage)).toBe(true)
    expect(mayManageUser(platform, target(grant(6, 'editor')), lineage)).toBe(true)
  })

  it('never lets an org admin touch a platform admin, even one holding a grant in its scope', () => {
    const pa: ManagedUser = { id: 2, role: 'platform-admin', grants: [grant(4, 'editor')] }
    expect(mayManageUser(subtreeAdmin, pa, lineage)).toBe(false)
  })

  it('lets an admin manage a user whose every grant lies in its scope', () => {
    expect(
      mayManageUser(subtreeAdmin, target(grant(4, 'editor'), grant(5, 'admin')), lineage),
    ).toBe(true)
    expect(mayManageUser(subtreeAdmin, target(grant(3, 'editor', true)), lineage)).toBe(true)
    expect(mayManageUser(directAdmin, target(grant(4, 'editor')), lineage)).toBe(true)
  })

  it('refuses a user with one grant outside the scope (mixed scope)', () => {
    expect(
      mayManageUser(subtreeAdmin, target(grant(4, 'editor'), grant(6, 'editor')), lineage),
    ).toBe(false)
    expect(
      mayManageUser(directAdmin, target(grant(4, 'editor'), grant(5, 'editor')), lineage),
    ).toBe(false)
  })

  it('refuses a subtree grant beyond a direct admin, and users with no grants at all', () => {
    expect(mayManageUser(directAdmin, target(grant(4, 'editor', true)), lineage)).toBe(false)
    expect(mayManageUser(subtreeAdmin, target(), lineage)).toBe(false)
  })

  it('gives editors no say over other users', () => {
    expect(
      mayManageUser(actor(grant(3, 'editor', true)), target(grant(4, 'editor')), lineage),
    ).toBe(false)
  })
})
