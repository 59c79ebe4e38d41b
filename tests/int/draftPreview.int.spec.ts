import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signPreview } from '../../cms/draftPreview/previewToken'
import { draftRequestHandler } from '../../publishing/draftPreview/draftServer'
import { renderDraft } from '../../publishing/draftPreview/renderDraft'
import { SiteRenderer } from '../../publishing/render/siteRenderer'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * The draft preview (issue 19): the CMS signs a ten-minute link only for a user who may read
 * the draft; the drafts server shows that draft on its organization's layout, with the rights
 * of the user the link was signed for, and refuses forged, expired and foreign links.
 */
let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let renderer: SiteRenderer
let server: Server
let base: string
let draftId: string
const TITLE = 'Черновик: собрание профкома в четверг'
const token = (key: keyof World['users']) => api.login(world.users[key].email, PASSWORD)
const exp = () => Math.floor(Date.now() / 1000) + 600

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  renderer = await SiteRenderer.open()
  const draft = await payload.create({
    collection: 'posts',
    data: { title: TITLE, lead: 'Повестка и место', organization: world.orgs.ppoA1 } as never,
    draft: true,
    depth: 0,
  })
  draftId = String(draft.id)
  server = createServer(draftRequestHandler({ payload, renderer: async () => renderer }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 600_000)
afterAll(async () => {
  server?.close()
  await t?.close()
})

describe('the link to a draft’s preview', () => {
  it('is signed for the draft’s own editors, never cached', async () => {
    const res = await api.rest('GET', `/posts/${draftId}/preview-link`, {
      token: await token('ppoEditor'),
    })
    expect(res.status).toBe(200)
    expect(res.body.url).toMatch(/^http:\/\/localhost:4322\/preview\/[\w-]+\.[\w-]{43}$/)
    expect(res.headers?.get('cache-control')).toBe('no-store')
  })

  it('is refused to another union’s editor (404, as if absent), anonymous (401), a bad id (400)', async () => {
    const other = await api.rest('GET', `/posts/${draftId}/preview-link`, {
      token: await token('unionBEditor'),
    })
    expect(other.status).toBe(404)
    expect(JSON.stringify(other.body)).toMatch(/не найден/)
    expect((await api.rest('GET', `/posts/${draftId}/preview-link`)).status).toBe(401)
    const bad = await api.rest('GET', `/posts/1%20or%201/preview-link`, {
      token: await token('ppoEditor'),
    })
    expect(bad.status).toBe(400)
  })
})

describe('the drafts server', () => {
  it('shows the draft on its organization’s layout, marked and not indexed', async () => {
    const grant = {
      collection: 'posts' as const,
      id: draftId,
      user: String(world.users.ppoEditor.id),
      exp: exp(),
    }
    const res = await fetch(`${base}/preview/${signPreview(payload.secret, grant)}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    const html = await res.text()
    expect(html).toContain(`<h1`)
    expect(html).toContain(TITLE)
    expect(html).toContain('Повестка и место')
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(html).toMatch(
      /<strong>Черновик\.<\/strong> Так материал будет выглядеть на сайте «ППО А1»/,
    )
    // The organization's own site chrome, as a publication renders it.
    expect(html).toMatch(/<header class="site-header"/)
  })

  it('reads the draft with the rights of the user the link was signed for', async () => {
    const grant = {
      collection: 'posts' as const,
      id: draftId,
      user: String(world.users.unionBEditor.id),
      exp: exp(),
    }
    const page = await renderDraft(payload, renderer, grant)
    expect(page.status).toBe(404)
  })

  it('refuses a forged or altered link (404) and an expired one (403, saying why)', async () => {
    const grant = {
      collection: 'posts' as const,
      id: draftId,
      user: String(world.users.ppoEditor.id),
      exp: exp(),
    }
    const forged = signPreview('another-secret-of-more-than-thirty-two-chars', grant)
    expect((await fetch(`${base}/preview/${forged}`)).status).toBe(404)
    expect((await fetch(`${base}/preview/not-a-token`)).status).toBe(404)
    expect((await fetch(`${base}/preview/%E0%A4%A`)).status).toBe(404)
    const expired = signPreview(payload.secret, { ...grant, exp: 1_000 })
    const res = await fetch(`${base}/preview/${expired}`)
    expect(res.status).toBe(403)
    expect(await res.text()).toContain('Ссылка устарела')
    expect((await fetch(`${base}/`)).status).toBe(404)
    expect((await fetch(`${base}/preview/${forged}`, { method: 'POST' })).status).toBe(405)
  })

  it('renders at most a few drafts at once: a flood gets 503, and renders nothing more', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const handler = draftRequestHandler({
      payload,
      renderer: async () => (await gate, renderer),
      maxRendering: 1,
    })
    const busy = createServer((req, res) => void handler(req, res))
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(busy.address() as AddressInfo).port}/preview/${signPreview(
      payload.secret,
      { collection: 'posts', id: draftId, user: String(world.users.ppoEditor.id), exp: exp() },
    )}`
    const first = fetch(url)
    // The first request holds the only slot until the gate opens.
    await new Promise((resolve) => setTimeout(resolve, 200))
    const flood = await Promise.all(Array.from({ length: 5 }, () => fetch(url)))
    expect(flood.map((r) => r.status)).toEqual([503, 503, 503, 503, 503])
    expect(flood[0]!.headers.get('retry-after')).toBe('5')
    release()
    expect((await first).status).toBe(200)
    busy.close()
  })
})
