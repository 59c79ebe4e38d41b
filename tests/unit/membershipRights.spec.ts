import { describe, expect, it } from 'vitest'
import { membershipRightsProblems } from '../../cms/collections/Organizations/hooks/membershipRightsProblems'

// fed 1 → union 2 → terkom 3 → ППО 4; ТООП 5 under fed.
const toop = { id: 5, name: 'МФП', lineage: [1, 5] }
const terkom = { id: 3, name: 'Терком', lineage: [1, 2, 3] }

describe('membershipRightsProblems', () => {
  it('refuses an edge into an org outside the user’s admin scope and points to a request', () => {
    const ppoAdmin = { id: 10, grants: [{ organization: 4, role: 'admin' as const }] }
    const problems = membershipRightsProblems(ppoAdmin, [toop])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ path: 'memberships' })
    expect(problems[0]!.message).toMatch(/«МФП».*заявку/)
  })
  it('refuses an editor even of the target: only admins grant membership', () => {
    const editor = { id: 11, grants: [{ organization: 5, role: 'editor' as const }] }
    expect(membershipRightsProblems(editor, [toop])).toHaveLength(1)
  })
  it('lets an admin whose scope covers the target add it, and a platform admin anything', () => {
    const terkomAdmin = {
      id: 12,
      grants: [{ organization: 3, role: 'admin' as const, subtree: true }],
    }
    expect(membershipRightsProblems(terkomAdmin, [terkom])).toEqual([])
    expect(membershipRightsProblems(terkomAdmin, [toop])).toHaveLength(1)
    const fedAdmin = {
      id: 13,
      grants: [{ organization: 1, role: 'admin' as const, subtree: true }],
    }
    expect(membershipRightsProblems(fedAdmin, [toop, terkom])).toEqual([])
    expect(membershipRightsProblems({ id: 1, role: 'platform-admin' }, [toop])).toEqual([])
  })
})
