import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configValue } from '../../config/index'
import { siteOrigin } from '../../domain/hosts/sitePlacement'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
const tokens: Record<string, string> = {}
const origin = (host: string) => siteOrigin(host, configValue('SITES_ORIGIN_TEMPLATE'))

const create = async (collection: 'posts' | 'pages' | 'events', data: Record<string, unknown>) =>
  (
    await payload.create({
      collection,
      data: data as never,
      depth: 0,
      draft: data._status === 'draft',
    })
  ).id

const linkOf = (collection: string, id: string | number, token?: string) =>
  api.rest('GET', `/site-link/${collection}/${id}`, { token })

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  for (const user of ['ppoEditor', 'unionBEditor', 'terAdmin'] as const)
    tokens[user] = await api.login(world.users[user].email, PASSWORD)
})
afterAll(async () => t?.close())

describe('«Посмотреть на сайте»: a document’s address on its own site (issue 19)', () => {
  it('gives a published post its page on the org’s sub-domain, and a draft none', async () => {
    const id = await create('posts', {
      title: 'Субботник во дворе',
      organization: world.orgs.ppoA1,
      _status: 'published',
    })
    const res = await linkOf('posts', id, tokens.ppoEditor)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      url: `${origin('ppo-a1.fed.localhost')}/news/subbotnik-vo-dvore/`,
      siteName: 'ППО А1',
      state: 'pending',
    })
    const draft = await create('posts', {
      title: 'Черновик',
      organization: world.orgs.ppoA1,
      _status: 'draft',
    })
    expect((await linkOf('posts', draft, tokens.ppoEditor)).body).toMatchObject({
      state: 'unpublished',
      url: null,
    })
  })

  it('puts a section org’s page under its host’s /org/<slug>/ and nests a page under its parents', async () => {
    const parent = await create('pages', {
      title: 'О нас',
      slug: 'o-nas',
      organization: world.orgs.ppoA2,
      _status: 'published',
    })
    const child = await create('pages', {
      title: 'История',
      slug: 'istoriya',
      parent,
      organization: world.orgs.ppoA2,
      _status: 'published',
    })
    const res = await linkOf('pages', child, tokens.terAdmin)
    expect(res.status).toBe(200)
    expect(res.body.url).toBe(`${origin('ter-a.fed.localhost')}/org/ppo-a2/o-nas/istoriya/`)
  })

  it('says «live» once the host is released after the save, «pending» while a change waits', async () => {
    const id = await create('posts', {
      title: 'Итоги конференции',
      organization: world.orgs.ppoA1,
      _status: 'published',
    })
    const saved = Date.now()
    const build = await payload.create({
      collection: 'site-builds',
      data: {
        host: 'ppo-a1.fed.localhost',
        organization: world.orgs.ppoA1,
        publishedAt: new Date(saved + 60_000).toISOString(),
      } as never,
      depth: 0,
    })
    expect((await linkOf('posts', id, tokens.ppoEditor)).body.state).toBe('live')
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: { pendingSince: new Date(saved + 30_000).toISOString() } as never,
      depth: 0,
    })
    expect((await linkOf('posts', id, tokens.ppoEditor)).body.state).toBe('pending')
  })

  it('refuses the anonymous, hides what the caller may not read, and answers bad input with 4xx', async () => {
    const draft = await create('posts', {
      title: 'Закрытый черновик',
      organization: world.orgs.ppoA1,
      _status: 'draft',
    })
    expect((await linkOf('posts', draft)).status).toBe(401)
    // Another union's editor: the draft is not theirs to read — as if it did not exist.
    const other = await linkOf('posts', draft, tokens.unionBEditor)
    expect(other.status).toBe(404)
    expect(JSON.stringify(other.body)).not.toContain('Закрытый')
    expect((await linkOf('users', world.users.ppoEditor.id, tokens.ppoEditor)).status).toBe(400)
    expect((await linkOf('posts', 'abc', tokens.ppoEditor)).status).toBe(400)
    expect((await linkOf('posts', '999999', tokens.ppoEditor)).status).toBe(404)
    expect((await linkOf('posts', '1%27%20OR%201=1', tokens.ppoEditor)).status).toBe(400)
  })
})
