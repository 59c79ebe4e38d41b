import { describe, expect, it } from 'vitest'
import {
  type StructureInput,
  structureProblems,
} from '../../cms/collections/Organizations/hooks/structureProblems'
import type { OrgId } from '../../domain/org/orgGraph'
import type { OrgKind } from '../../domain/org/orgKinds'
import type { OrgFacts } from '../../cms/services/orgLinks'

function facts(
  id: number,
  name: string,
  kind: OrgKind,
  parent: OrgId | null,
  memberships: OrgId[] = [],
): OrgFacts {
  return {
    id,
    name,
    kind,
    parent,
    memberships,
    ancestors: [],
    networkDomain: null,
    incomingPolicy: 'auto',
  }
}

/** The federation with a union, an association (ТООП) and a territorial org under the union. */
const FNPR = facts(1, 'ФНПР', 'federation', null)
const UNION = facts(2, 'Профсоюз образования', 'union', 1)
const TOOP = facts(3, 'МФП', 'territorial_association', 1)
const TERKOM = facts(4, 'Московская городская организация', 'territorial_org', 2, [3])

function upstreamOf(...orgs: OrgFacts[]): Map<string, OrgFacts> {
  return new Map(orgs.map((o) => [String(o.id), o]))
}

const world = upstreamOf(FNPR, UNION, TOOP, TERKOM)

function org(input: Partial<StructureInput> & Pick<StructureInput, 'kind'>): StructureInput {
  return { id: 10, parent: null, memberships: [], ...input }
}

describe('structureProblems', () => {
  it('finds nothing wrong with a well-placed org', () => {
    expect(
      structureProblems(org({ kind: 'primary_org', parent: 4, memberships: [] }), world),
    ).toEqual([])
    expect(
      structureProblems(org({ kind: 'territorial_org', parent: 2, memberships: [3] }), world),
    ).toEqual([])
  })

  it('finds nothing wrong with a federation at the root', () => {
    expect(structureProblems(org({ kind: 'federation' }), world)).toEqual([])
  })

  it('refuses a parent for the federation', () => {
    const problems = structureProblems(org({ kind: 'federation', parent: 1 }), world)
    expect(problems).toContainEqual({
      path: 'parent',
      message: expect.stringContaining('федерации'),
    })
  })

  it('requires a parent for every other kind', () => {
    const problems = structureProblems(org({ kind: 'union' }), world)
    expect(problems).toEqual([
      { path: 'parent', message: expect.stringContaining('Укажите вышестоящую') },
    ])
  })

  it('reports an unknown parent', () => {
    const problems = structureProblems(org({ kind: 'union', parent: 99 }), world)
    expect(problems).toEqual([{ path: 'parent', message: expect.stringContaining('не найдена') }])
  })

  it('refuses a union inside a union, naming both levels', () => {
    const problems = structureProblems(org({ kind: 'union', parent: 2 }), world)
    expect(problems).toEqual([
      {
        path: 'parent',
        message: expect.stringMatching(
          /не может входить.*Общероссийский \(межрегиональный\) профсоюз/,
        ),
      },
    ])
  })

  it('refuses a territorial org directly under the federation', () => {
    const problems = structureProblems(org({ kind: 'territorial_org', parent: 1 }), world)
    expect(problems).toEqual([{ path: 'parent', message: expect.stringContaining('Федерация') }])
  })

  it('says a membership in the parent is unnecessary', () => {
    const problems = structureProblems(
      org({ kind: 'primary_org', parent: 4, memberships: [4] }),
      world,
    )
    expect(problems).toEqual([
      { path: 'memberships', message: expect.stringContaining('уже является вышестоящей') },
    ])
    expect(problems[0]?.message).toContain('Московская городская организация')
  })

  it('reports a membership listed twice', () => {
    const problems = structureProblems(
      org({ kind: 'territorial_org', parent: 2, memberships: [3, 3] }),
      world,
    )
    expect(problems).toEqual([{ path: 'memberships', message: expect.stringContaining('дважды') }])
  })

  it('treats a numeric and a string id of the same org as a duplicate', () => {
    const problems = structureProblems(
      org({ kind: 'territorial_org', parent: 2, memberships: [3, '3'] }),
      world,
    )
    expect(problems).toEqual([{ path: 'memberships', message: expect.stringContaining('дважды') }])
  })

  it('reports an unknown membership by id', () => {
    const problems = structureProblems(
      org({ kind: 'territorial_org', parent: 2, memberships: [77] }),
      world,
    )
    expect(problems).toEqual([{ path: 'memberships', message: expect.stringContaining('#77') }])
  })

  it('refuses a membership of a disallowed kind, naming the org', () => {
    const problems = structureProblems(
      org({ kind: 'territorial_org', parent: 2, memberships: [1] }),
      world,
    )
    expect(problems).toEqual([
      { path: 'memberships', message: expect.stringMatching(/не может быть членом «ФНПР»/) },
    ])
  })

  it('reports a cycle through the parent, naming every org on it', () => {
    // The union is moved under its own territorial org (and the kind rule fails too).
    const problems = structureProblems({ id: 2, kind: 'union', parent: 4, memberships: [] }, world)
    const cycle = problems.find((p) => p.message.includes('замкнутый круг'))
    expect(cycle?.path).toBe('parent')
    expect(cycle?.message).toContain(
      'Профсоюз образования → Московская городская организация → Профсоюз образования',
    )
  })

  it('reports an org set as its own parent', () => {
    const problems = structureProblems(
      { id: 4, kind: 'territorial_org', parent: 4, memberships: [] },
      world,
    )
    expect(problems).toContainEqual({
      path: 'parent',
      message: expect.stringContaining(
        'Московская городская организация → Московская городская организация',
      ),
    })
  })

  it('reports a cycle through memberships with the names in the message', () => {
    // Bad data: the ТООП is a member of the territorial org, which is a member of the ТООП.
    const toopInTerkom = facts(3, 'МФП', 'territorial_association', 1, [4])
    const upstream = upstreamOf(FNPR, UNION, toopInTerkom, TERKOM)
    const problems = structureProblems(
      { id: 4, kind: 'territorial_org', parent: 2, memberships: [3] },
      upstream,
    )
    expect(problems).toEqual([
      {
        path: 'memberships',
        message: expect.stringContaining(
          'Московская городская организация → МФП → Московская городская организация',
        ),
      },
    ])
  })

  it('names an org missing from the upstream map by its id in a cycle', () => {
    const problems = structureProblems(
      { id: 50, kind: 'territorial_org', parent: 4, memberships: [] },
      upstreamOf(FNPR, UNION, TOOP, facts(4, 'Терком', 'territorial_org', 50)),
    )
    expect(problems).toContainEqual({
      path: 'parent',
      message: expect.stringContaining('#50 → Терком → #50'),
    })
  })

  it('skips the cycle check for a new org, which nothing can point at yet', () => {
    const upstream = upstreamOf(FNPR, UNION, facts(4, 'Терком', 'territorial_org', 2))
    expect(
      structureProblems({ id: null, kind: 'primary_org', parent: 4, memberships: [] }, upstream),
    ).toEqual([])
  })

  it('collects several problems at once', () => {
    const problems = structureProblems(
      org({ kind: 'primary_org', parent: 1, memberships: [2, 2] }),
      world,
    )
    expect(problems.map((p) => p.path)).toEqual([
      'parent',
      'memberships',
      'memberships',
      'memberships',
    ])
  })
})
