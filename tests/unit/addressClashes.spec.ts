import { describe, expect, it } from 'vitest'
import {
  addressProblems,
  clashLabels,
} from '../../cms/collections/Organizations/hooks/addressProblems'
import {
  clashMessageEn,
  clashMessageRu,
  findAddressClashes,
} from '../../domain/hosts/addressClashes'
import { placementChain, type PlacementNode } from '../../domain/hosts/placementChain'
import type { SitePlacement } from '../../domain/hosts/sitePlacement'

const node = (
  id: number,
  name: string,
  slug: string,
  parent: number | null,
  hosting: PlacementNode['hosting'] = { mode: 'subdomain' },
): PlacementNode => ({ id, name, slug, parent, hosting })

// fed on `localhost`, a ТООП on `mfp.localhost`, a union and its ППО as a section.
const fed = node(1, 'ФНПР', 'fnpr', null, { mode: 'subdomain', networkDomain: 'localhost' })
const mfp = node(2, 'МФП', 'moscow', 1, { mode: 'subdomain', networkDomain: 'mfp.localhost' })
const union = node(3, 'Профсоюз', 'union', 1)
const ppo = node(4, 'ППО', 'shakhta', 3, { mode: 'section' })
const map = (...nodes: PlacementNode[]) => new Map(nodes.map((n) => [String(n.id), n]))

describe('findAddressClashes', () => {
  it('reports every address claimed twice, host owners and section paths alike', () => {
    const clashes = findAddressClashes([
      { id: 1, name: 'А', host: 'a.localhost', basePath: '' },
      { id: 2, name: 'Б', host: 'a.localhost', basePath: '' },
      { id: 3, name: 'В', host: 'a.localhost', basePath: '/org/x' },
      { id: 4, name: 'Г', host: 'b.localhost', basePath: '/org/x' },
      { id: 5, name: 'Д', host: 'b.localhost', basePath: '/org/x' },
    ])
    expect(clashes.map((c) => [c.host, c.basePath, c.orgs.map((o) => o.id)])).toEqual([
      ['a.localhost', '', [1, 2]],
      ['b.localhost', '/org/x', [4, 5]],
    ])
    expect(clashMessageRu(clashes[0]!)).toMatch(/«a\.localhost».*«А».*«Б»/)
    expect(clashMessageEn(clashes[1]!)).toMatch(/"b\.localhost\/org\/x" is claimed by 2/)
  })
  it('finds nothing when every org has its own address', () => {
    expect(
      findAddressClashes([
        { id: 1, name: 'А', host: 'a.localhost', basePath: '' },
        { id: 1, name: 'А', host: 'a.localhost', basePath: '' },
        { id: 2, name: 'Б', host: 'a.localhost', basePath: '/org/b' },
      ]),
    ).toEqual([])
  })
})

describe('placementChain', () => {
  it('walks parent edges root first and stops at a cycle or a missing org', () => {
    expect(placementChain(4, map(fed, union, ppo)).map((n) => n.id)).toEqual([1, 3, 4])
    expect(placementChain(4, map(union, ppo)).map((n) => n.id)).toEqual([3, 4])
    const a = node(7, 'A', 'a', 8)
    const b = node(8, 'B', 'b', 7)
    expect(placementChain(7, map(a, b)).map((n) => n.id)).toEqual([8, 7])
  })
})

describe('addressProblems', () => {
  const nodes = map(fed, mfp, union, ppo)
  const none = new Map<string, SitePlacement>()

  it('refuses a new org on a host another network serves', () => {
    // An org of the federation's network with the slug "mfp" would be mfp.localhost.
    const intruder = node(9, 'Захватчик', 'mfp', 1)
    const problems = addressProblems(
      {
        subject: 9,
        subtree: [intruder],
        before: none,
        nodes: new Map(nodes).set('9', intruder),
        others: [fed, mfp, union, ppo],
      },
      'slug',
    )
    expect(problems).toEqual([
      {
        path: 'slug',
        message: 'Адрес сайта «mfp.localhost» уже занят организацией «МФП». Выберите другой адрес.',
      },
    ])
  })

  it('refuses a new root whose fallback sub-domain is taken', () => {
    const root = node(9, 'Новая', 'moscow', null)
    const mfpChild = node(10, 'Старая', 'moscow', null, {
      mode: 'custom',
      customDomain: 'Moscow.Localhost',
    })
    const problems = addressProblems(
      { subject: 9, subtree: [root], before: none, nodes: map(root, mfpChild), others: [mfpChild] },
      'slug',
    )
    expect(problems[0]?.message).toMatch(/«moscow\.localhost».*«Старая»/)
  })

  it('names the descendant a change above would move onto a taken host', () => {
    const before = new Map<string, SitePlacement>([
      ['3', { host: 'union.localhost', basePath: '' }],
      ['4', { host: 'union.localhost', basePath: '/org/shakhta' }],
      ['5', { host: 'mfp.union.localhost', basePath: '' }],
    ])
    const movedUnion = node(3, 'Профсоюз', 'union', 1, {
      mode: 'subdomain',
      networkDomain: 'union.localhost',
    })
    const child = node(5, 'Терком', 'mfp', 3)
    const after = new Map(nodes).set('3', movedUnion).set('5', child)
    // Giving the union the network `localhost` instead puts its "mfp" child on the ТООП's host.
    const rooted = {
      ...movedUnion,
      hosting: { mode: 'subdomain' as const, networkDomain: 'localhost' },
    }
    const problems = addressProblems(
      {
        subject: 3,
        subtree: [rooted, ppo, child],
        before,
        nodes: new Map(after).set('3', rooted),
        others: [fed, mfp],
      },
      'hosting.networkDomain',
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]!.path).toBe('hosting.networkDomain')
    expect(problems[0]!.message).toMatch(/«Терком».*«mfp\.localhost».*«МФП»/)
    expect(problems[0]!.message).toMatch(/Адрес сайта «localhost» уже занят организацией «ФНПР»/)
  })

  it('accepts a save that moves nothing, or moves onto free addresses', () => {
    const before = new Map<string, SitePlacement>([
      ['3', { host: 'union.localhost', basePath: '' }],
    ])
    expect(
      addressProblems({ subject: 3, subtree: [union], before, nodes, others: [fed, mfp] }, 'slug'),
    ).toEqual([])
    const renamed = { ...union, slug: 'union-2' }
    expect(
      addressProblems(
        {
          subject: 3,
          subtree: [renamed],
          before,
          nodes: new Map(nodes).set('3', renamed),
          others: [fed, mfp],
        },
        'slug',
      ),
    ).toEqual([])
  })

  it('asks for the orgs that could hold the new addresses by slug', () => {
    expect(
      clashLabels([
        { host: 'mfp.localhost', basePath: '' },
        { host: 'union.localhost', basePath: '/org/shakhta' },
      ]),
    ).toEqual(['mfp', 'union', 'shakhta'])
  })
})
