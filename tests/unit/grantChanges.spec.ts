import { describe, expect, it } from 'vitest'
import type { Grant, ScopedUser } from '../../domain/access/scope'
import { forbiddenGrantChanges } from '../../cms/collections/Users/hooks/grantChanges'
import type { OrgId } from '../../domain/org/orgGraph'

/** Federation 1 → union 2 → territorial org 3 → primary org 4; union 6 beside 2. */
const LINEAGE: Record<string, OrgId[]> = {
  '1': [1],
  '2': [1, 2],
  '3': [1, 2, 3],
  '4': [1, 2, 3, 4],
  '6': [1, 6],
}
const lineageOf = (id: OrgId) => LINEAGE[String(id)] ?? [id]

const actor = (...grants: Grant[]): ScopedUser => ({ id: 100, role: 'member', grants })
const subtreeAdmin = actor({ organization: 2, role: 'admin', subtree: true })

const inScope: Grant = { organization: 4, role: 'editor', subtree: false }
const outOfScope: Grant = { organization: 6, role: 'editor', subtree: false }

describe('forbiddenGrantChanges', () => {
  it('allows adding and removing grants inside the actor’s subtree', () => {
    expect(forbiddenGrantChanges(subtreeAdmin, [], [inScope], lineageOf)).toEqual([])
    expect(forbiddenGrantChanges(subtreeAdmin, [inScope], [], lineageOf)).toEqual([])
  })

  it('allows an out-of-scope grant that stays unchanged', () => {
    expect(
      forbiddenGrantChanges(subtreeAdmin, [outOfScope], [outOfScope, inScope], lineageOf),
    ).toEqual([])
  })

  it('sees a populated reference as the same grant as a plain id', () => {
    const populated: Grant = { organization: { id: 6 }, role: 'editor', subtree: false }
    expect(forbiddenGrantChanges(subtreeAdmin, [outOfScope], [populated], lineageOf)).toEqual([])
  })

  it('forbids adding an out-of-scope grant', () => {
    expect(
      forbiddenGrantChanges(subtreeAdmin, [inScope], [inScope, outOfScope], lineageOf),
    ).toEqual([outOfScope])
  })

  it('forbids removing an out-of-scope grant', () => {
    expect(
      forbiddenGrantChanges(subtreeAdmin, [inScope, outOfScope], [inScope], lineageOf),
    ).toEqual([outOfScope])
  })

  it('forbids changing the role of an out-of-scope grant, reporting old and new', () => {
    const promoted: Grant = { ...outOfScope, role: 'admin' }
    expect(forbiddenGrantChanges(subtreeAdmin, [outOfScope], [promoted], lineageOf)).toEqual([
      promoted,
      outOfScope,
    ])
  })

  it('forbids a direct admin to widen a grant on their own org to the subtree', () => {
    const directAdmin = actor({ organization: 4, role: 'admin' })
    const widened: Grant = { ...inScope, subtree: true }
    expect(forbiddenGrantChanges(directAdmin, [inScope], [widened], lineageOf)).toEqual([widened])
  })

  it('forbids an editor any change, even on their own org', () => {
    const editor = actor({ organization: 2, role: 'editor', subtree: true })
    expect(forbiddenGrantChanges(editor, [], [inScope], lineageOf)).toEqual([inScope])
    const own: Grant = { organization: 2, role: 'editor', subtree: true }
    const raised: Grant = { ...own, role: 'admin' }
    expect(forbiddenGrantChanges(editor, [own], [raised], lineageOf)).toEqual([raised, own])
  })

  it('lets an editor save a user whose grants did not change', () => {
    const editor = actor({ organization: 2, role: 'editor' })
    expect(forbiddenGrantChanges(editor, [outOfScope], [outOfScope], lineageOf)).toEqual([])
  })

  it('never forbids anything to a platform admin', () => {
    const platformAdmin: ScopedUser = { id: 1, role: 'platform-admin' }
    expect(forbiddenGrantChanges(platformAdmin, [inScope], [outOfScope], lineageOf)).toEqual([])
  })
})
