import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * A post's old slugs become 301s on its site: whoever could write them could send the readers of
 * any address of the site elsewhere. The field is the server's alone: through REST and GraphQL an
 * editor's own list is ignored (it may be read: old addresses are public in redirects.json).
 */
let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
})
afterAll(async () => t?.close())

const stored = async (id: string | number) =>
  (
    await payload.findByID({
      collection: 'posts',
      id,
      depth: 0,
      select: { slug: true, oldSlugs: true },
      showHiddenFields: true,
    })
  ).oldSlugs ?? []

describe('old slugs (redirects) cannot be planted', () => {
  it('through REST: the editor’s list is ignored, the server records the published slug', async () => {
    const id = world.posts['ppoA1:published']!
    const token = await api.login(world.users.ppoEditor.email, PASSWORD)
    const before = await payload.findByID({ collection: 'posts', id, depth: 0 })
    const res = await api.rest('PATCH', `/posts/${id}`, {
      token,
      body: { slug: 'novyy-adres', oldSlugs: ['contacts', 'documents'], _status: 'published' },
    })
    expect(res.status).toBe(200)
    expect(await stored(id)).toEqual([before.slug])
  })

  it('through GraphQL: the editor’s list is ignored', async () => {
    const id = world.posts['ppoA2:published']!
    const token = await api.login(world.users.terAdmin.email, PASSWORD)
    const write = await api.graphql(
      `mutation { updatePost(id: ${id}, data: { oldSlugs: ["contacts"], reach: { scope: subtree }, _status: published }) { id } }`,
      token,
    )
    expect(
      (write.body as { errors?: unknown[] }).errors,
      JSON.stringify(write.body),
    ).toBeUndefined()
    // Published again under the same slug: nothing to record, and the planted list is dropped.
    expect(await stored(id)).toEqual([])
  })

  it('anonymous and another organization’s editor cannot change a post at all', async () => {
    const id = world.posts['ppoA1:published']!
    const other = await api.login(world.users.unionBEditor.email, PASSWORD)
    for (const token of [undefined, other]) {
      const res = await api.rest('PATCH', `/posts/${id}`, {
        token,
        body: { slug: 'chuzhoy', _status: 'published' },
      })
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
    }
    expect(await stored(id)).not.toContain('chuzhoy')
  })
})
