import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestsClient } from '../helpers/requestsClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let client: ReturnType<typeof requestsClient>
let cookie: string

/** The admin of `npm start` and the tests (SERVER_URL unset outside production). */
const ADMIN = 'http://localhost:3000'
const EVIL = 'https://evil.example'

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  client = requestsClient(payload)
  const { token } = await payload.login({
    collection: 'users',
    data: { email: world.users.fedEditor.email, password: PASSWORD },
  })
  cookie = `${payload.config.cookiePrefix}-token=${token}`
})
afterAll(async () => t?.close())

const count = async (title: string) =>
  (await payload.count({ collection: 'posts', where: { title: { equals: title } } })).totalDocs

const multipart = (data: Record<string, unknown>) => {
  const form = new FormData()
  form.set('_payload', JSON.stringify(data))
  return form
}

describe('the session cookie from another origin (CSRF)', () => {
  it('a JSON POST with the cookie and a foreign Origin creates nothing', async () => {
    const title = 'CSRF JSON'
    const res = await client.rest('/posts', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: EVIL, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, organization: world.orgs.fed }),
    })
    expect([401, 403]).toContain(res.status)
    expect(await count(title)).toBe(0)
  })

  it('a multipart/form-data POST (no preflight) with the cookie and a foreign Origin creates nothing', async () => {
    const title = 'CSRF multipart'
    const res = await client.rest('/posts', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: EVIL },
      body: multipart({ title, organization: world.orgs.fed }),
    })
    expect([401, 403]).toContain(res.status)
    expect(await count(title)).toBe(0)
  })

  it('a cross-site request without Origin (Sec-Fetch-Site: cross-site) is not signed in', async () => {
    const title = 'CSRF no origin'
    const res = await client.rest('/posts', {
      method: 'POST',
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' },
      body: multipart({ title, organization: world.orgs.fed }),
    })
    expect([401, 403]).toContain(res.status)
    expect(await count(title)).toBe(0)
  })

  it('the same requests from the admin’s own origin are signed in and create the post', async () => {
    const json = await client.rest('/posts', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: ADMIN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Admin JSON', organization: world.orgs.fed }),
    })
    expect(json.status).toBe(201)
    const form = await client.rest('/posts', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: ADMIN },
      body: multipart({ title: 'Admin multipart', organization: world.orgs.fed }),
    })
    expect(form.status).toBe(201)
    const sameOrigin = await client.rest('/users/me', {
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' },
    })
    expect((sameOrigin.body as { user: { email: string } | null }).user?.email).toBe(
      world.users.fedEditor.email,
    )
  })

  it('a GraphQL mutation with the cookie and a foreign Origin changes nothing', async () => {
    const id = world.posts['fed:published']!
    const mutation = (title: string) =>
      `mutation { updatePost(id: ${id}, data: { title: "${title}", reach: { scope: subtree } }) { id title } }`
    const evil = await client.graphql(mutation('CSRF GraphQL'), { Cookie: cookie, Origin: EVIL })
    expect((evil.body as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0)
    const post = await payload.findByID({ collection: 'posts', id, depth: 0 })
    expect(post.title).not.toBe('CSRF GraphQL')
    const admin = await client.graphql(mutation('Admin GraphQL'), { Cookie: cookie, Origin: ADMIN })
    expect((admin.body as { data: { updatePost: { title: string } } }).data.updatePost.title).toBe(
      'Admin GraphQL',
    )
  })

  it('CORS answers only the trusted origins', async () => {
    const evil = await fetchHeaders(EVIL)
    expect(evil.get('access-control-allow-origin')).toBeNull()
    const admin = await fetchHeaders(ADMIN)
    expect(admin.get('access-control-allow-origin')).toBe(ADMIN)
  })
})

async function fetchHeaders(origin: string): Promise<Headers> {
  const { handleEndpoints } = await import('payload')
  const request = new Request('http://localhost:3000/api/posts?limit=1', {
    headers: { Origin: origin },
  })
  return (await handleEndpoints({ config: payload.config, request })).headers
}
