import { describe, expect, it } from 'vitest'
import {
  coversGrant,
  coversOrg,
  type Grant,
  grantKey,
  grantsAtLeast,
  isPlatformAdmin,
  refId,
  type ScopedUser,
  scopeWhere,
} from '../../domain/access/scope'

const FIELDS = { org: 'organization', lineage: 'ownerLineage' }

/**
 * The tree used below: federation 1 → union 2 → territorial org 3 → primary orgs 4 and 5;
 * union 6 is a sibling of 2.
 */
const LINEAGE: Record<number, number[]> = {
  1: [1],
  2: [1, 2],
  3: [1, 2, 3],
  4: [1, 2, 3, 4],
  5: [1, 2, 3, 5],
  6: [1, 6],
}
const lineage = (id: number) => LINEAGE[id] ?? [id]

const user = (...grants: Grant[]): ScopedUser => ({ id: 100, role: 'member', grants })
const PLATFORM_ADMIN: ScopedUser = { id: 1, role: 'platform-admin', grants: [] }

describe('refId and isPlatformAdmin', () => {
  it('reads an id from a plain or populated reference', () => {
    expect(refId(5)).toBe(5)
    expect(refId({ id: 'abc' })).toBe('abc')
  })

  it('recognises only the platform-admin role', () => {
    expect(isPlatformAdmin(PLATFORM_ADMIN)).toBe(true)
    expect(isPlatformAdmin(user({ organization: 1, role: 'admin', subtree: true }))).toBe(false)
    expect(isPlatformAdmin(null)).toBe(false)
  })
})

describe('grantsAtLeast', () => {
  const both = user({ organization: 2, role: 'editor' }, { organization: 3, role: 'admin' })

  it('counts an admin grant as an editor grant', () => {
    expect(grantsAtLeast(both, 'editor').map((g) => g.organization)).toEqual([2, 3])
  })

  it('does not count an editor grant as an admin grant', () => {
    expect(grantsAtLeast(both, 'admin').map((g) => g.organization)).toEqual([3])
  })

  it('is empty for a user without grants', () => {
    expect(grantsAtLeast({ id: 1, grants: null }, 'editor')).toEqual([])
  })
})

describe('scopeWhere', () => {
  it('denies everything without a user', () => {
    expect(scopeWhere(null, 'editor', FIELDS)).toBe(false)
    expect(scopeWhere(undefined, 'editor', FIELDS)).toBe(false)
  })

  it('allows everything for a platform admin', () => {
    expect(scopeWhere(PLATFORM_ADMIN, 'admin', FIELDS)).toBe(true)
  })

  it('denies everything to a member without grants', () => {
    expect(scopeWhere(user(), 'editor', FIELDS)).toBe(false)
    expect(scopeWhere({ id: 5, role: 'member' }, 'editor', FIELDS)).toBe(false)
  })

  it('limits direct grants to the owner org field', () => {
    const where = scopeWhere(
      user(
        { organization: 4, role: 'editor' },
        { organization: { id: 5 }, role: 'editor', subtree: false },
      ),
      'editor',
      FIELDS,
    )
    expect(where).toEqual({ organization: { in: [4, 5] } })
  })

  it('limits subtree grants to the lineage field', () => {
    const where = scopeWhere(
      user({ organization: 3, role: 'admin', subtree: true }),
      'editor',
      FIELDS,
    )
    expect(where).toEqual({ ownerLineage: { in: [3] } })
  })

  it('combines direct and subtree grants with or', () => {
    const where = scopeWhere(
      user({ organization: 6, role: 'editor' }, { organization: 3, role: 'editor', subtree: true }),
      'editor',
      FIELDS,
    )
    expect(where).toEqual({ or: [{ organization: { in: [6] } }, { ownerLineage: { in: [3] } }] })
  })

  it('ignores editor grants when admin rights are asked for', () => {
    const editorAndAdmin = user(
      { organization: 4, role: 'editor' },
      { organization: 5, role: 'admin' },
    )
    expect(scopeWhere(editorAndAdmin, 'admin', FIELDS)).toEqual({ organization: { in: [5] } })
    expect(scopeWhere(user({ organization: 4, role: 'editor' }), 'admin', FIELDS)).toBe(false)
  })

  it('lets admin grants work for editor rights', () => {
    expect(scopeWhere(user({ organization: 4, role: 'admin' }), 'editor', FIELDS)).toEqual({
      organization: { in: [4] },
    })
  })
})

describe('coversOrg', () => {
  it('covers nothing without a user and everything for a platform admin', () => {
    expect(coversOrg(null, 'editor', 4, lineage(4))).toBe(false)
    expect(coversOrg(PLATFORM_ADMIN, 'admin', 4, lineage(4))).toBe(true)
  })

  it('covers the org of a direct grant and nothing below it', () => {
    const editor = user({ organization: 3, role: 'editor' })
    expect(coversOrg(editor, 'editor', 3, lineage(3))).toBe(true)
    expect(coversOrg(editor, 'editor', 4, lineage(4))).toBe(false)
  })

  it('matches ids of different types', () => {
    expect(
      coversOrg(user({ organization: { id: '3' }, role: 'editor' }), 'editor', 3, lineage(3)),
    ).toBe(true)
  })

  it('covers the subtree of a subtree grant through the lineage', () => {
    const admin = user({ organization: 2, role: 'admin', subtree: true })
    expect(coversOrg(admin, 'admin', 2, lineage(2))).toBe(true)
    expect(coversOrg(admin, 'admin', 5, lineage(5))).toBe(true)
  })

  it('does not cover siblings or ancestors of a subtree grant', () => {
    const admin = user({ organization: 2, role: 'admin', subtree: true })
    expect(coversOrg(admin, 'admin', 6, lineage(6))).toBe(false)
    expect(coversOrg(admin, 'admin', 1, lineage(1))).toBe(false)
  })

  it('does not let an editor grant cover the admin role', () => {
    const editor = user({ organization: 2, role: 'editor', subtree: true })
    expect(coversOrg(editor, 'editor', 4, lineage(4))).toBe(true)
    expect(coversOrg(editor, 'admin', 4, lineage(4))).toBe(false)
    expect(coversOrg(editor, 'admin', 2, lineage(2))).toBe(false)
  })
})

describe('coversGrant', () => {
  const subtreeAdmin = user({ organization: 2, role: 'admin', subtree: true })
  const directAdmin = user({ organization: 4, role: 'admin' })

  it('lets nobody grant without a user and a platform admin grant anything', () => {
    const grant: Grant = { organization: 1, role: 'admin', subtree: true }
    expect(coversGrant(null, grant, lineage(1))).toBe(false)
    expect(coversGrant(PLATFORM_ADMIN, grant, lineage(1))).toBe(true)
  })

  it('lets a subtree admin grant any role inside the subtree, subtree grants included', () => {
    expect(coversGrant(subtreeAdmin, { organization: 4, role: 'editor' }, lineage(4))).toBe(true)
    expect(
      coversGrant(subtreeAdmin, { organization: 3, role: 'admin', subtree: true }, lineage(3)),
    ).toBe(true)
    expect(
      coversGrant(subtreeAdmin, { organization: 2, role: 'admin', subtree: true }, lineage(2)),
    ).toBe(true)
  })

  it('lets a subtree admin grant nothing outside the subtree', () => {
    expect(coversGrant(subtreeAdmin, { organization: 6, role: 'editor' }, lineage(6))).toBe(false)
    expect(coversGrant(subtreeAdmin, { organization: 1, role: 'editor' }, lineage(1))).toBe(false)
  })

  it('lets a direct admin grant non-subtree roles on the same org only', () => {
    expect(coversGrant(directAdmin, { organization: 4, role: 'editor' }, lineage(4))).toBe(true)
    expect(
      coversGrant(directAdmin, { organization: 4, role: 'admin', subtree: false }, lineage(4)),
    ).toBe(true)
  })

  it('refuses a subtree grant to a direct admin, even on the same org', () => {
    expect(
      coversGrant(directAdmin, { organization: 4, role: 'editor', subtree: true }, lineage(4)),
    ).toBe(false)
  })

  it('refuses a direct admin any other org', () => {
    expect(coversGrant(directAdmin, { organization: 5, role: 'editor' }, lineage(5))).toBe(false)
    expect(coversGrant(directAdmin, { organization: 3, role: 'editor' }, lineage(3))).toBe(false)
  })

  it('gives an editor no right to grant, even on their own org', () => {
    const editor = user({ organization: 2, role: 'editor', subtree: true })
    expect(coversGrant(editor, { organization: 4, role: 'editor' }, lineage(4))).toBe(false)
  })
})

describe('grantKey', () => {
  it('is the same for plain and populated references and for numeric and string ids', () => {
    const a = grantKey({ organization: 7, role: 'editor' })
    expect(grantKey({ organization: { id: 7 }, role: 'editor', subtree: false })).toBe(a)
    expect(grantKey({ organization: '7', role: 'editor', subtree: null })).toBe(a)
  })

  it('differs by org, role and subtree flag', () => {
    const keys = new Set([
      grantKey({ organization: 7, role: 'editor' }),
      grantKey({ organization: 8, role: 'editor' }),
      grantKey({ organization: 7, role: 'admin' }),
      grantKey({ organization: 7, role: 'editor', subtree: true }),
    ])
    expect(keys.size).toBe(4)
  })
})
