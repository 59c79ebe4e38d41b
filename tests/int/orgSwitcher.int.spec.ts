import { createLocalReq, type CollectionSlug, type Payload, type Where } from 'payload'
import { stringify } from 'qs-esm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ORG_CHOICE_KEY } from '../../cms/orgChoice/orgChoiceKey'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * The organization switcher (issue 19) against the real config: the choice is written through
 * Payload's preferences API as the user, and the admin's list is what the list view asks for —
 * the collection's base filter for that user's request, joined by Payload with read access. The
 * choice narrows a list and sets a new document's owner; one outside the user's rights, written
 * through REST, GraphQL or the Local API, changes nothing.
 */
let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let tokens: Record<'platform' | 'terAdmin' | 'ppoEditor', string>

type OrgKey = keyof World['orgs']
const titlesOf = (keys: OrgKey[]) => keys.flatMap((k) => [`draft ${k}`, `published ${k}`]).sort()
/** What the Терком А admin's news list shows without a choice: its subtree. */
const TER_A_SUBTREE: OrgKey[] = ['terA', 'ppoA1', 'ppoA2']

const userFor = async (token: string) => {
  const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
  if (!user) throw new Error('not signed in')
  return user
}

/** The list view's base filter for a request signed in with `token` (a fresh request each time). */
async function listFilter(slug: CollectionSlug, token: string): Promise<Where | undefined> {
  const req = await createLocalReq({ user: await userFor(token) }, payload)
  const baseFilter = payload.collections[slug].config.admin.baseFilter
  return (await baseFilter?.({ req, limit: 100, page: 1, sort: '' })) ?? undefined
}

/** The world's post titles the admin's news list shows the user: REST, as the user, drafts too. */
async function newsList(token: string): Promise<string[]> {
  const where = await listFilter('posts', token)
  const query = stringify({ where, limit: 100, depth: 0, draft: true, select: { title: true } })
  const res = await api.rest('GET', `/posts?${query}`, { token })
  expect(res.status).toBe(200)
  return (res.body.docs as { title: string }[])
    .map((d) => d.title)
    .filter((title) => /^(draft|published) /.test(title))
    .sort()
}

const choose = async (token: string, value: unknown) => {
  const res = await api.rest('POST', `/payload-preferences/${ORG_CHOICE_KEY}`, {
    token,
    body: { value },
  })
  expect(res.status).toBe(200)
}

/** Every stored choice of `userId` removed (trusted): each test starts from «all». */
const forget = (userId: number | string) =>
  payload.delete({
    collection: 'payload-preferences',
    where: { and: [{ key: { equals: ORG_CHOICE_KEY } }, { 'user.value': { equals: userId } }] },
  })

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  tokens = {
    platform: await api.login(world.users.platform.email, PASSWORD),
    terAdmin: await api.login(world.users.terAdmin.email, PASSWORD),
    ppoEditor: await api.login(world.users.ppoEditor.email, PASSWORD),
  }
})
afterAll(async () => t?.close())
beforeEach(async () => {
  for (const key of ['platform', 'terAdmin', 'ppoEditor'] as const)
    await forget(world.users[key].id)
})

describe('the choice narrows the admin’s lists', () => {
  it('a Терком admin sees its subtree, then only the chosen ППО, then all again', async () => {
    expect(await newsList(tokens.terAdmin)).toEqual(titlesOf(TER_A_SUBTREE))
    await choose(tokens.terAdmin, { organization: world.orgs.ppoA1 })
    expect(await newsList(tokens.terAdmin)).toEqual(titlesOf(['ppoA1']))
    await choose(tokens.terAdmin, { organization: null })
    expect(await newsList(tokens.terAdmin)).toEqual(titlesOf(TER_A_SUBTREE))
  })

  it('an id sent as a string counts the same', async () => {
    await choose(tokens.terAdmin, { organization: String(world.orgs.ppoA2) })
    expect(await newsList(tokens.terAdmin)).toEqual(titlesOf(['ppoA2']))
  })

  it('choosing the Терком itself shows its own news without its ППО’s', async () => {
    await choose(tokens.terAdmin, { organization: world.orgs.terA })
    expect(await newsList(tokens.terAdmin)).toEqual(titlesOf(['terA']))
  })

  it('a platform admin narrows to any org', async () => {
    await choose(tokens.platform, { organization: world.orgs.ppoB1 })
    expect(await newsList(tokens.platform)).toEqual(titlesOf(['ppoB1']))
  })

  it('the other lists follow: rubrics (with the shared ones), proposals, requests, inquiries…', async () => {
    await choose(tokens.terAdmin, { organization: world.orgs.ppoA2 })
    expect(await listFilter('categories', tokens.terAdmin)).toEqual({
      or: [{ organization: { equals: world.orgs.ppoA2 } }, { organization: { exists: false } }],
    })
    expect(await listFilter('proposals', tokens.terAdmin)).toEqual({
      or: [
        { organization: { equals: world.orgs.ppoA2 } },
        { fromOrganization: { equals: world.orgs.ppoA2 } },
      ],
    })
    expect(await listFilter('membership-requests', tokens.terAdmin)).toEqual({
      or: [
        { fromOrganization: { equals: world.orgs.ppoA2 } },
        { toOrganization: { equals: world.orgs.ppoA2 } },
      ],
    })
    for (const slug of ['inquiries', 'subscribers'] as const)
      expect(await listFilter(slug, tokens.terAdmin)).toEqual({
        organization: { equals: world.orgs.ppoA2 },
      })
    for (const slug of [
      'events',
      'pages',
      'documents',
      'media',
      'reposts',
      'feed-decisions',
    ] as const)
      expect(JSON.stringify(await listFilter(slug, tokens.terAdmin))).toContain(
        JSON.stringify({ organization: { equals: world.orgs.ppoA2 } }),
      )
  })

  it('the API itself is not narrowed: published news of others stays readable', async () => {
    await choose(tokens.terAdmin, { organization: world.orgs.ppoA1 })
    const res = await api.rest('GET', `/posts/${world.posts['ppoB1:published']}?depth=0`, {
      token: tokens.terAdmin,
    })
    expect(res.status).toBe(200)
  })
})

describe('a choice outside the user’s rights changes nothing', () => {
  const outside = () => world.orgs.ppoB1

  it('written through REST', async () => {
    await choose(tokens.terAdmin, { organization: outside() })
    expect(await newsList(tokens.terAdmin)).toEqual(titlesOf(TER_A_SUBTREE))
  })

  it('written through GraphQL', async () => {
    const gql = await api.graphql(
      `mutation { createPayloadPreference(data: { key: "${ORG_CHOICE_KEY}", user: { relationTo: users, value: ${JSON.stringify(world.users.terAdmin.id)} }, value: { organization: ${JSON.stringify(outside())} } }) { id } }`,
      tokens.terAdmin,
    )
    expect(gql.body.errors).toBeUndefined()
    expect(await newsList(tokens.terAdmin)).toEqual(titlesOf(TER_A_SUBTREE))
  })

  it('written through the Local API as the user (overrideAccess: false)', async () => {
    await payload.create({
      collection: 'payload-preferences',
      data: {
        key: ORG_CHOICE_KEY,
        user: { relationTo: 'users', value: world.users.terAdmin.id },
        value: { organization: outside() },
      } as never,
      user: await userFor(tokens.terAdmin),
      overrideAccess: false,
    })
    expect(await newsList(tokens.terAdmin)).toEqual(titlesOf(TER_A_SUBTREE))
  })

  it('hostile values are no choice at all', async () => {
    for (const value of [
      { organization: { in: [world.orgs.ppoB1, world.orgs.ppoA1] } },
      { organization: `${world.orgs.ppoA1} OR 1=1` },
      { organization: -1 },
      { organization: 'abc' },
      { organization: 999_999 },
      'ppoA1',
      [world.orgs.ppoA1],
    ]) {
      await choose(tokens.terAdmin, value)
      expect(await newsList(tokens.terAdmin), JSON.stringify(value)).toEqual(
        titlesOf(TER_A_SUBTREE),
      )
    }
  })

  it('a ППО editor (one org, no switcher) ignores any choice, even of its own org', async () => {
    const own = await listFilter('posts', tokens.ppoEditor)
    for (const org of [world.orgs.ppoA2, world.orgs.ppoA1]) {
      await choose(tokens.ppoEditor, { organization: org })
      expect(await listFilter('posts', tokens.ppoEditor)).toEqual(own)
    }
    expect(await newsList(tokens.ppoEditor)).toEqual(titlesOf(['ppoA1']))
  })

  it('nobody sets another user’s choice: REST create, update and delete of their row', async () => {
    await choose(tokens.platform, { organization: world.orgs.ppoA1 })
    const [row] = (
      await payload.find({
        collection: 'payload-preferences',
        where: { 'user.value': { equals: world.users.platform.id } },
        depth: 0,
        limit: 1,
      })
    ).docs
    const created = await api.rest('POST', '/payload-preferences', {
      token: tokens.terAdmin,
      body: {
        key: ORG_CHOICE_KEY,
        user: { relationTo: 'users', value: world.users.platform.id },
        value: { organization: world.orgs.ppoB1 },
      },
    })
    // Payload files a created preference under the signed-in user, whatever the body says.
    expect(created.status).toBeLessThan(500)
    const platformRows = await payload.count({
      collection: 'payload-preferences',
      where: { 'user.value': { equals: world.users.platform.id } },
    })
    expect(platformRows.totalDocs).toBe(1)
    const patched = await api.rest('PATCH', `/payload-preferences/${row!.id}`, {
      token: tokens.terAdmin,
      body: { value: { organization: world.orgs.ppoB1 } },
    })
    expect(patched.status).toBeGreaterThanOrEqual(400)
    const removed = await api.rest('DELETE', `/payload-preferences/${row!.id}`, {
      token: tokens.terAdmin,
    })
    expect(removed.status).toBeGreaterThanOrEqual(400)
    expect(await newsList(tokens.platform)).toEqual(titlesOf(['ppoA1']))
  })
})

describe('a new document is filed under the chosen org', () => {
  const createDraft = async (token: string, title: string) => {
    const res = await api.rest('POST', '/posts?draft=true&depth=0', { token, body: { title } })
    expect(res.status).toBe(201)
    return res.body.doc.organization as number | string
  }

  it('the chosen ППО when the user may write there', async () => {
    await choose(tokens.terAdmin, { organization: world.orgs.ppoA2 })
    expect(await createDraft(tokens.terAdmin, 'Черновик для ППО А2')).toEqual(world.orgs.ppoA2)
  })

  it('the user’s first org without a choice or with one outside the rights', async () => {
    expect(await createDraft(tokens.terAdmin, 'Черновик без выбора')).toEqual(world.orgs.terA)
    await choose(tokens.terAdmin, { organization: world.orgs.ppoB1 })
    expect(await createDraft(tokens.terAdmin, 'Черновик с чужим выбором')).toEqual(world.orgs.terA)
  })

  it('a platform admin’s choice too', async () => {
    await choose(tokens.platform, { organization: world.orgs.unionB })
    expect(await createDraft(tokens.platform, 'Черновик профсоюза Б')).toEqual(world.orgs.unionB)
  })

  it('an explicit organization still wins over the choice', async () => {
    await choose(tokens.terAdmin, { organization: world.orgs.ppoA2 })
    const res = await api.rest('POST', '/posts?draft=true&depth=0', {
      token: tokens.terAdmin,
      body: { title: 'Черновик Теркома', organization: world.orgs.terA },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.organization).toEqual(world.orgs.terA)
  })
})
