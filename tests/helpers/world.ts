import type { Payload } from 'payload'

export const PASSWORD = 'test-password-1'

type Id = number | string

export interface World {
  orgs: Record<
    'fed' | 'unionA' | 'unionB' | 'toop' | 'terA' | 'terB' | 'ppoA1' | 'ppoA2' | 'ppoB1',
    Id
  >
  users: Record<
    'platform' | 'fedEditor' | 'terAdmin' | 'ppoEditor' | 'unionBEditor',
    { id: Id; email: string }
  >
  posts: Record<string, Id>
}

/**
 * A small federation: two unions, a ТООП with a network domain, a territorial org of each union
 * (terA is also a member of the ТООП) and three ППО, plus one user of each role and a published
 * and a draft post for every org.
 */
export async function buildWorld(payload: Payload): Promise<World> {
  const org = async (data: Record<string, unknown>) =>
    (await payload.create({ collection: 'organizations', data: data as never, depth: 0 })).id
  const fed = await org({
    name: 'Федерация',
    slug: 'fed',
    kind: 'federation',
    hosting: { mode: 'subdomain', networkDomain: 'fed.localhost' },
  })
  const unionA = await org({ name: 'Профсоюз А', slug: 'union-a', kind: 'union', parent: fed })
  const unionB = await org({ name: 'Профсоюз Б', slug: 'union-b', kind: 'union', parent: fed })
  const toop = await org({
    name: 'Объединение',
    slug: 'toop',
    kind: 'territorial_association',
    parent: fed,
    hosting: { mode: 'subdomain', networkDomain: 'toop.localhost' },
  })
  const terA = await org({
    name: 'Терком А',
    slug: 'ter-a',
    kind: 'territorial_org',
    parent: unionA,
    memberships: [toop],
  })
  const terB = await org({
    name: 'Терком Б',
    slug: 'ter-b',
    kind: 'territorial_org',
    parent: unionB,
  })
  const ppoA1 = await org({ name: 'ППО А1', slug: 'ppo-a1', kind: 'primary_org', parent: terA })
  const ppoA2 = await org({
    name: 'ППО А2',
    slug: 'ppo-a2',
    kind: 'primary_org',
    parent: terA,
    hosting: { mode: 'section' },
  })
  const ppoB1 = await org({ name: 'ППО Б1', slug: 'ppo-b1', kind: 'primary_org', parent: terB })
  const orgs = { fed, unionA, unionB, toop, terA, terB, ppoA1, ppoA2, ppoB1 }

  const user = async (key: string, data: Record<string, unknown>) => {
    const email = `${key.toLowerCase()}@test.local`
    const doc = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: key, ...data } as never,
      depth: 0,
    })
    return { id: doc.id, email }
  }
  const users = {
    platform: await user('platform', { role: 'platform-admin' }),
    fedEditor: await user('fedEditor', {
      grants: [{ organization: fed, role: 'editor', subtree: false }],
    }),
    terAdmin: await user('terAdmin', {
      grants: [{ organization: terA, role: 'admin', subtree: true }],
    }),
    ppoEditor: await user('ppoEditor', {
      grants: [{ organization: ppoA1, role: 'editor', subtree: false }],
    }),
    unionBEditor: await user('unionBEditor', {
      grants: [{ organization: unionB, role: 'editor', subtree: true }],
    }),
  }

  const posts: Record<string, Id> = {}
  for (const [key, id] of Object.entries(orgs)) {
    for (const status of ['published', 'draft'] as const) {
      const doc = await payload.create({
        collection: 'posts',
        data: { title: `${status} ${key}`, organization: id, _status: status } as never,
        draft: status === 'draft',
        depth: 0,
      })
      posts[`${key}:${status}`] = doc.id
    }
  }
  return { orgs, users, posts }
}
