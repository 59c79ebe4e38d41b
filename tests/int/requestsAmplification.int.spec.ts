import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestLimits } from '../../cms/requests/requestSettings'
import { requestsClient } from '../helpers/requestsClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let client: ReturnType<typeof requestsClient>
let auth: Record<string, string>

/** Small caps so the world's 9 published (18 in all) posts overflow them. */
const limits = { ...requestLimits(), anonymousListLimit: 4, signedInListLimit: 7 }
const MB = 1024 * 1024

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  client = requestsClient(payload, { ...limits, maxBodyBytes: 3 * MB, maxUploadBytes: 5 * MB })
  const { token } = await payload.login({
    collection: 'users',
    data: { email: world.users.platform.email, password: PASSWORD },
  })
  auth = { Authorization: `JWT ${token}` }
})
afterAll(async () => t?.close())

type List = { docs: Record<string, any>[]; totalDocs: number; totalPages: number; limit: number }

describe('population depth', () => {
  it('depth=10 stops at the self-reference cap: an organization’s parent is not expanded further', async () => {
    const res = await client.rest(`/organizations/${world.orgs.ppoA1}?depth=10`)
    expect(res.status).toBe(200)
    const org = res.body as Record<string, any>
    expect(org.parent).toMatchObject({ id: world.orgs.terA })
    expect(org.parent.parent).toBe(world.orgs.unionA)
  })

  it('depth=10 on posts: the organization is expanded, its parent chain is not', async () => {
    const res = await client.rest(`/posts/${world.posts['ppoA1:published']}?depth=10`)
    expect(res.status).toBe(200)
    const post = res.body as Record<string, any>
    expect(post.organization).toMatchObject({ id: world.orgs.ppoA1 })
    expect(post.organization.parent).toBe(world.orgs.terA)
  })
})

describe('list limits', () => {
  it.each(['0', '-1', '100000', 'abc'])('anonymous limit=%s is capped', async (limit) => {
    const res = await client.rest(`/posts?limit=${limit}&depth=0`)
    expect(res.status).toBe(200)
    const list = res.body as List
    expect(list.totalDocs).toBe(9)
    expect(list.docs.length).toBeLessThanOrEqual(4)
    expect(list.totalPages).toBeGreaterThan(1)
  })

  it('pagination=false does not lift the cap', async () => {
    const res = await client.rest('/posts?pagination=false&limit=0&depth=0')
    expect((res.body as List).docs.length).toBe(4)
  })

  it('a signed-in caller gets the higher cap; a forged token does not', async () => {
    const signedIn = (await client.rest('/posts?limit=0&depth=0', { headers: auth })).body as List
    expect(signedIn.totalDocs).toBe(18)
    expect(signedIn.docs.length).toBe(7)
    const forged = await client.rest('/posts?limit=0&depth=0', {
      headers: { Authorization: 'JWT not-a-token' },
    })
    expect((forged.body as List).docs.length).toBe(4)
  })

  it('the admin’s POST list query (method override) is capped too', async () => {
    const res = await client.rest('/posts', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Payload-HTTP-Method-Override': 'GET',
      },
      body: 'limit=0&depth=0',
    })
    expect(res.status).toBe(200)
    expect((res.body as List).docs.length).toBe(4)
  })

  it('GraphQL refuses limit 0, over the cap and pagination: false', async () => {
    for (const args of ['limit: 0', 'limit: -1', 'limit: 101', 'pagination: false']) {
      const res = await client.graphql(`{ Posts(${args}) { totalDocs docs { id } } }`)
      // graphql-http answers a document that fails validation with the bare list of errors.
      type Errors = { message: string }[]
      const body = res.body as Errors | { data?: unknown; errors?: Errors }
      const errors = Array.isArray(body) ? body : body.errors
      expect(Array.isArray(body) ? undefined : body.data, args).toBeUndefined()
      expect(errors?.[0]?.message, args).toMatch(/[А-Яа-я]/)
    }
    const ok = await client.graphql('{ Posts(limit: 100) { docs { id } } }')
    expect((ok.body as { data: { Posts: { docs: unknown[] } } }).data.Posts.docs).toHaveLength(9)
  })

  it('internal Local API calls keep unbounded lists', async () => {
    const all = await payload.find({ collection: 'posts', limit: 0, pagination: false, depth: 0 })
    expect(all.docs).toHaveLength(18)
  })
})

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        textFormat: 0,
        children: [
          { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' },
        ],
      },
    ],
  },
})

const count = async (title: string) =>
  (await payload.count({ collection: 'posts', where: { title: { equals: title } } })).totalDocs

describe('sizes', () => {
  it('a 2 MB rich-text body is refused with 400 in Russian, nothing saved', async () => {
    const title = 'Огромный текст'
    const res = await client.rest('/posts', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title,
        organization: world.orgs.fed,
        body: paragraph('я'.repeat(MB)),
      }),
    })
    expect(res.status).toBe(400)
    const error = (res.body as any).errors[0]
    expect(error.data.errors[0]).toMatchObject({ path: 'body' })
    expect(error.data.errors[0].message).toMatch(/слишком большой/)
    expect(error.message).toMatch(/^Следующее поле недействительно/)
    expect(await count(title)).toBe(0)
  })

  it('a rich-text body under the limit is saved', async () => {
    const res = await client.rest('/posts', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Обычный текст',
        organization: world.orgs.fed,
        body: paragraph('текст '.repeat(1000)),
      }),
    })
    expect(res.status).toBe(201)
  })

  it('a body over the limit is refused with 413 before it is parsed', async () => {
    const title = 'Huge body'
    const res = await client.rest('/posts', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, organization: world.orgs.fed, lead: 'x'.repeat(4 * MB) }),
    })
    expect(res.status).toBe(413)
    expect((res.body as any).errors[0].message).toMatch(/слишком большой/)
    expect(await count(title)).toBe(0)
  })

  it('a chunked body without Content-Length is counted too', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(MB))
    let sent = 0
    let cancelled = false
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (cancelled) return
        if (sent++ < 10) controller.enqueue(chunk)
        else controller.close()
      },
      cancel() {
        cancelled = true
      },
    })
    const res = await client.rest('/posts', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: stream,
    })
    expect(res.status).toBe(413)
    expect(sent).toBeLessThan(10)
  })

  it('uploads have their own, larger limit; other multipart bodies do not', async () => {
    const form = () => {
      const f = new FormData()
      f.set('_payload', JSON.stringify({ alt: 'x' }))
      f.set('file', new Blob([new Uint8Array(4 * MB)], { type: 'image/png' }), 'x.png')
      return f
    }
    const upload = await client.rest('/media', { method: 'POST', headers: auth, body: form() })
    expect(upload.status).not.toBe(413)
    const post = await client.rest('/posts', { method: 'POST', headers: auth, body: form() })
    expect(post.status).toBe(413)
  })
})
