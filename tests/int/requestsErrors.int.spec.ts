import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestsClient } from '../helpers/requestsClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let client: ReturnType<typeof requestsClient>
let auth: Record<string, string>

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  client = requestsClient(payload)
  const { token } = await payload.login({
    collection: 'users',
    data: { email: world.users.platform.email, password: PASSWORD },
  })
  auth = { Authorization: `JWT ${token}` }
})
afterAll(async () => t?.close())

const RUSSIAN = /[А-Яа-яЁё]/
const postCount = async () => (await payload.count({ collection: 'posts' })).totalDocs

/**
 * These go to Payload's handleEndpoints directly (as apiClient does), without the route wrapper:
 * the fix must hold at Payload's own layer.
 */
const send = (path: string, method: string, body: BodyInit, contentType = 'application/json') =>
  client.rest(path, { method, headers: { ...auth, 'Content-Type': contentType }, body }, true)

function expectRussian400(res: { status: number; body: unknown }, status = 400) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  const message = (res.body as { errors: { message: string }[] }).errors[0]!.message
  expect(message).toMatch(RUSSIAN)
  expect(message).not.toMatch(/Something went wrong|The following field/)
  return message
}

const badChildBody = { root: { type: 'root', version: 1, children: [1, 'текст'] } }

describe('bad input answers 400 in Russian and changes nothing', () => {
  it('a body of null', async () => {
    const before = await postCount()
    expectRussian400(await send('/posts', 'POST', 'null'))
    expectRussian400(await send(`/posts/${world.posts['fed:draft']}`, 'PATCH', 'null'))
    expect(await postCount()).toBe(before)
  })

  it('JSON sent as text/plain', async () => {
    const before = await postCount()
    const json = JSON.stringify({ title: 'text/plain', organization: world.orgs.fed })
    expectRussian400(await send('/posts', 'POST', json, 'text/plain'))
    expect(await postCount()).toBe(before)
  })

  it('a rich-text root with a child that is not an object (REST and GraphQL)', async () => {
    const before = await postCount()
    const res = await send(
      '/posts',
      'POST',
      JSON.stringify({ title: 'Битый текст', organization: world.orgs.fed, body: badChildBody }),
    )
    expectRussian400(res)
    expect((res.body as any).errors[0].data.errors[0].path).toBe('body')
    const id = world.posts['fed:draft']!
    const gql = await client.graphql(
      `mutation { updatePost(id: ${id}, data: { body: { root: { type: "root", version: 1, children: [1, "текст"] } }, reach: { scope: subtree } }) { id } }`,
      auth,
    )
    const error = (gql.body as any).errors[0]
    expect(error.message).toMatch(RUSSIAN)
    expect(error.extensions.statusCode).toBe(400)
    expect(await postCount()).toBe(before)
  })

  it('a relation to a missing id (REST and GraphQL)', async () => {
    const before = await postCount()
    expectRussian400(
      await send(
        '/posts',
        'POST',
        JSON.stringify({ title: 'Нет рубрики', organization: world.orgs.fed, category: 999999 }),
      ),
    )
    expect(await postCount()).toBe(before)
    const id = world.posts['fed:draft']!
    const gql = await client.graphql(
      `mutation { updatePost(id: ${id}, data: { category: 999999, reach: { scope: subtree } }) { id } }`,
      auth,
    )
    const error = (gql.body as any).errors[0]
    expect(error.message).toMatch(RUSSIAN)
    expect(error.extensions.statusCode).toBe(400)
    const post = await payload.findByID({ collection: 'posts', id, depth: 0, draft: true })
    expect(post.category ?? null).toBeNull()
  })

  it('where[organization][in]=abc', async () => {
    expectRussian400(await client.rest('/posts?where[organization][in]=abc', {}, true))
  })

  it('a query on a path that cannot be queried answers in Russian', async () => {
    expectRussian400(await client.rest('/posts?where[nope][equals]=1', {}, true))
  })

  it('GET /api/posts/abc is not found, in Russian', async () => {
    const res = await client.rest('/posts/abc', {}, true)
    expect([400, 404]).toContain(res.status)
    expectRussian400(res, res.status)
  })

  it('{"memberCount":"много"} is refused, the number kept', async () => {
    await payload.update({
      collection: 'organizations',
      id: world.orgs.fed,
      data: { memberCount: 5 },
    })
    const res = await send(`/organizations/${world.orgs.fed}`, 'PATCH', '{"memberCount":"много"}')
    expectRussian400(res)
    expect((res.body as any).errors[0].data.errors[0].path).toBe('memberCount')
    const org = await payload.findByID({
      collection: 'organizations',
      id: world.orgs.fed,
      depth: 0,
    })
    expect(org.memberCount).toBe(5)
  })

  it('{"_status":"archived"} is refused', async () => {
    const id = world.posts['fed:published']!
    expectRussian400(await send(`/posts/${id}`, 'PATCH', '{"_status":"archived"}'))
    const post = await payload.findByID({ collection: 'posts', id, depth: 0 })
    expect(post._status).toBe('published')
  })

  it('a hook’s validation error has a Russian top-level message', async () => {
    const res = await send('/posts', 'POST', JSON.stringify({ title: 'x', organization: 999999 }))
    expect(expectRussian400(res)).toMatch(/^Следующее поле недействительно/)
  })

  it('a multipart body whose _payload is not JSON', async () => {
    const form = new FormData()
    form.set('_payload', '{')
    const before = await postCount()
    expectRussian400(
      await client.rest('/posts', { method: 'POST', headers: auth, body: form }, true),
    )
    expect(await postCount()).toBe(before)
  })
})
