import { describe, expect, it } from 'vitest'
import { rootProblems } from '../../cms/collections/Organizations/hooks/rootProblems'

describe('rootProblems (for users other than platform admins)', () => {
  it('refuses creating a root or a federation', () => {
    const problems = rootProblems({
      operation: 'create',
      parent: null,
      previousParent: null,
      kind: 'federation',
      previousKind: null,
    })
    expect(problems.map((p) => p.path)).toEqual(['parent', 'kind'])
    expect(problems[0]!.message).toMatch(/администратор платформы/)
  })
  it('refuses detaching an org or promoting it to a federation', () => {
    expect(
      rootProblems({
        operation: 'update',
        parent: null,
        previousParent: 7,
        kind: 'primary_org',
        previousKind: 'primary_org',
      }).map((p) => p.path),
    ).toEqual(['parent'])
    expect(
      rootProblems({
        operation: 'update',
        parent: 7,
        previousParent: 7,
        kind: 'federation',
        previousKind: 'union',
      }).map((p) => p.path),
    ).toEqual(['kind'])
  })
  it('lets an existing federation be edited and orgs be placed under a parent', () => {
    expect(
      rootProblems({
        operation: 'update',
        parent: null,
        previousParent: null,
        kind: 'federation',
        previousKind: 'federation',
      }),
    ).toEqual([])
    expect(
      rootProblems({
        operation: 'create',
        parent: 3,
        previousParent: null,
        kind: 'primary_org',
        previousKind: null,
      }),
    ).toEqual([])
  })
})
