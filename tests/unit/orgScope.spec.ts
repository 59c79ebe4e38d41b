import { describe, expect, it } from 'vitest'
import type { Grant, ScopedUser } from '../../domain/access/scope'
import {
  descendantsWhere,
  orgScopeWhere,
} from '../../cms/collections/Organizations/access/orgScope'

const user = (...grants: Grant[]): ScopedUser => ({ id: 100, role: 'member', grants })
const PLATFORM_ADMIN: ScopedUser = { id: 1, role: 'platform-admin' }

describe('orgScopeWhere', () => {
  it('is false without a user or grants and true for a platform admin', () => {
    expect(orgScopeWhere(null, 'editor')).toBe(false)
    expect(orgScopeWhere(user(), 'editor')).toBe(false)
    expect(orgScopeWhere(PLATFORM_ADMIN, 'admin')).toBe(true)
  })

  it('matches the granted orgs by id for direct grants', () => {
    expect(orgScopeWhere(user({ organization: 4, role: 'editor' }), 'editor')).toEqual({
      or: [{ id: { in: [4] } }],
    })
  })

  it('adds the descendants of subtree grants by ancestors', () => {
    const where = orgScopeWhere(
      user(
        { organization: 4, role: 'editor' },
        { organization: { id: 2 }, role: 'admin', subtree: true },
      ),
      'editor',
    )
    // The subtree root itself is not among its own ancestors, so it is matched by id.
    expect(where).toEqual({ or: [{ id: { in: [4, 2] } }, { ancestors: { in: [2] } }] })
  })

  it('leaves out editor grants when admin rights are asked for', () => {
    const mixed = user(
      { organization: 4, role: 'editor', subtree: true },
      { organization: 6, role: 'admin' },
    )
    expect(orgScopeWhere(mixed, 'admin')).toEqual({ or: [{ id: { in: [6] } }] })
    expect(orgScopeWhere(user({ organization: 4, role: 'editor' }), 'admin')).toBe(false)
  })
})

describe('descendantsWhere', () => {
  it('is false without a user and true for a platform admin', () => {
    expect(descendantsWhere(null, 'admin')).toBe(false)
    expect(descendantsWhere(PLATFORM_ADMIN, 'admin')).toBe(true)
  })

  it('matches strict descendants of subtree grants only', () => {
    const where = descendantsWhere(
      user({ organization: 2, role: 'admin', subtree: true }, { organization: 6, role: 'admin' }),
      'admin',
    )
    expect(where).toEqual({ ancestors: { in: [2] } })
  })

  it('is false with direct grants only', () => {
    expect(descendantsWhere(user({ organization: 6, role: 'admin' }), 'admin')).toBe(false)
  })

  it('ignores subtree editor grants for admin rights', () => {
    expect(
      descendantsWhere(user({ organization: 2, role: 'editor', subtree: true }), 'admin'),
    ).toBe(false)
    expect(
      descendantsWhere(user({ organization: 2, role: 'editor', subtree: true }), 'editor'),
    ).toEqual({
      ancestors: { in: [2] },
    })
  })
})
