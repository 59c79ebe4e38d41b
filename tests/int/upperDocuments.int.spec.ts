import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import { siteHosts } from '../../cms/publishing/siteHosts'
import { expandChanges } from '../../publishing/expand/expandChanges'
import { buildSnapshot } from '../../publishing/snapshot/buildSnapshot'
import type { SiteBuildQueue } from '../../domain/publishing/queueTypes'
import { apiClient } from '../helpers/apiClient'
import { createOwned, SAMPLE_PDF } from '../helpers/files'
import { restUpload } from '../helpers/multipartClient'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * Documents from above: a document's reach (like a post's) puts it on the Документы pages of the
 * orgs below, so who may set it and which sites a change marks are what these tests attack.
 */
let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let queue: SiteBuildQueue
let directory: OrgDirectory
type Id = number | string

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  queue = openQueue(payload)
  directory = await OrgDirectory.load(payload)
})
afterAll(async () => t?.close())

const token = (role: keyof World['users']) => api.login(world.users[role].email, PASSWORD)
const reachOf = async (id: Id) => {
  const doc = await payload.findByID({ collection: 'documents', id, depth: 0 })
  return { scope: doc.reach?.scope, depth: doc.reachDepth }
}
const pdf = { bytes: SAMPLE_PDF, name: 'ustav.pdf', type: 'application/pdf' }

/** Settles the queue as a worker would; returns the hosts the recorded changes marked. */
async function settle(): Promise<string[]> {
  await queue.takeChanges(1000, (changes) => expandChanges(payload, changes))
  const claimed = await queue.claim('test-worker', 10_000, 60_000)
  for (const site of claimed) await queue.complete('test-worker', site, { pages: 1, durationMs: 1 })
  return claimed.map((c) => c.host).sort()
}
const hostOf = (org: Id) => directory.address(org).host

describe('who may give a document a reach', () => {
  it('an editor cannot give reach to another org’s document through REST', async () => {
    const doc = await createOwned(payload, 'documents', world.orgs.unionA)
    const answer = await api.rest('PATCH', `/documents/${doc.id}`, {
      token: await token('ppoEditor'),
      body: { reach: { scope: 'subtree' } },
    })
    expect([403, 404]).toContain(answer.status)
    expect(await reachOf(doc.id)).toEqual({ scope: 'own', depth: 0 })
  })

  it('nor through GraphQL, nor the Local API, outside their scope', async () => {
    const doc = await createOwned(payload, 'documents', world.orgs.fed)
    const answer = await api.graphql(
      `mutation { updateDocument(id: ${JSON.stringify(doc.id)}, data: { reach: { scope: subtree } }) { id } }`,
      await token('unionBEditor'),
    )
    expect(answer.body.errors?.length).toBeGreaterThan(0)
    const user = await payload.findByID({
      collection: 'users',
      id: world.users.terAdmin.id,
      depth: 0,
    })
    await expect(
      payload.update({
        collection: 'documents',
        id: doc.id,
        data: { reach: { scope: 'subtree' } } as never,
        user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await reachOf(doc.id)).toEqual({ scope: 'own', depth: 0 })
  })

  it('an editor cannot create a document with a reach for an org above them', async () => {
    const answer = await restUpload(payload, 'POST', '/documents', {
      token: await token('ppoEditor'),
      file: pdf,
      data: {
        title: 'Подложный устав',
        docType: 'charter',
        year: 2026,
        organization: world.orgs.terA,
        reach: { scope: 'subtree' },
      },
    })
    // Refused by the owner field's scope check (400, in Russian) or by access (403).
    expect([400, 403]).toContain(answer.status)
    const { totalDocs } = await payload.find({
      collection: 'documents',
      where: { title: { equals: 'Подложный устав' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('anonymous cannot write a document or its reach', async () => {
    const doc = await createOwned(payload, 'documents', world.orgs.fed)
    expect(
      (await api.rest('PATCH', `/documents/${doc.id}`, { body: { reach: { scope: 'subtree' } } }))
        .status,
    ).toBe(403)
    const created = await restUpload(payload, 'POST', '/documents', {
      file: pdf,
      data: { title: 'Аноним', docType: 'other', year: 2026, organization: world.orgs.fed },
    })
    expect(created.status).toBe(403)
    const gql = await api.graphql(
      `mutation { updateDocument(id: ${JSON.stringify(doc.id)}, data: { reach: { scope: subtree } }) { id } }`,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect(await reachOf(doc.id)).toEqual({ scope: 'own', depth: 0 })
  })

  it('the derived reach cannot be smuggled in: an own document stays at depth 0', async () => {
    const answer = await restUpload(payload, 'POST', '/documents', {
      token: await token('ppoEditor'),
      file: pdf,
      data: {
        title: 'Своё положение',
        docType: 'regulation',
        year: 2026,
        organization: world.orgs.ppoA1,
        reachDepth: 99,
        receivers: { primary_org: true },
      },
    })
    expect(answer.status).toBe(201)
    expect(await reachOf(answer.body.doc.id)).toEqual({ scope: 'own', depth: 0 })
  })

  it('an org’s own editor gives its document a reach', async () => {
    const doc = await createOwned(payload, 'documents', world.orgs.fed)
    const answer = await api.rest('PATCH', `/documents/${doc.id}?depth=0`, {
      token: await token('fedEditor'),
      body: { reach: { scope: 'subtree' } },
    })
    expect(answer.status).toBe(200)
    expect(await reachOf(doc.id)).toEqual({ scope: 'subtree', depth: 99 })
  })
})

describe('which sites a document marks', () => {
  it('a federation document with subtree reach marks every reached host; own marks one', async () => {
    await settle()
    const doc = await restUpload(payload, 'POST', '/documents', {
      token: await token('fedEditor'),
      file: pdf,
      data: {
        title: 'Устав Федерации',
        docType: 'charter',
        year: 2026,
        organization: world.orgs.fed,
        reach: { scope: 'subtree' },
      },
    })
    expect(doc.status).toBe(201)
    expect(await settle()).toEqual([...siteHosts(directory).keys()].sort())
    // Narrowed: every site it left is marked again, to drop it.
    await payload.update({
      collection: 'documents',
      id: doc.body.doc.id,
      data: { reach: { scope: 'own' } } as never,
    })
    expect(await settle()).toEqual([...siteHosts(directory).keys()].sort())
    await payload.update({
      collection: 'documents',
      id: doc.body.doc.id,
      data: { title: 'Устав Федерации (ред. 2026)' },
    })
    expect(await settle()).toEqual([hostOf(world.orgs.fed)])
  })

  it('a union document reaching its subtree marks its own branch only', async () => {
    await settle()
    await payload.create({
      collection: 'documents',
      data: {
        title: 'Отраслевое соглашение А',
        docType: 'other',
        year: 2026,
        organization: world.orgs.unionA,
        reach: { scope: 'subtree' },
      } as never,
      file: {
        data: SAMPLE_PDF,
        mimetype: 'application/pdf',
        name: 'a.pdf',
        size: SAMPLE_PDF.length,
      },
    })
    const hosts = await settle()
    for (const org of ['unionA', 'terA', 'ppoA1'] as const)
      expect(hosts).toContain(hostOf(world.orgs[org]))
    expect(hosts).not.toContain(hostOf(world.orgs.ppoB1))
    expect(hosts).not.toContain(hostOf(world.orgs.unionB))
  })
})

describe('the snapshot of an org below', () => {
  it('lists the documents from above that reach it, farthest origin first, with provenance', async () => {
    const req = await createLocalReq({}, payload)
    directory = await OrgDirectory.load(payload)
    const snapshot = await buildSnapshot(req, directory, world.orgs.ppoA1)
    const upper = snapshot.upperDocuments ?? []
    expect(upper.map((d) => d.title)).toEqual(expect.arrayContaining(['Отраслевое соглашение А']))
    expect(upper.map((d) => d.title)).not.toContain('Устав Федерации (ред. 2026)') // narrowed
    const agreement = upper.find((d) => d.title === 'Отраслевое соглашение А')!
    expect(agreement.origin).toMatchObject({
      orgId: String(world.orgs.unionA),
      orgName: 'Профсоюз А',
      documentsUrl: `${directory.address(world.orgs.unionA).url}documents/`,
    })
    const fedFirst = upper.findIndex((d) => d.origin.orgId === String(world.orgs.fed))
    if (fedFirst >= 0) expect(fedFirst).toBeLessThan(upper.indexOf(agreement))
    // Another branch never sees union A's agreement; the union itself lists it as its own.
    const other = await buildSnapshot(req, directory, world.orgs.ppoB1)
    expect((other.upperDocuments ?? []).map((d) => d.title)).not.toContain(
      'Отраслевое соглашение А',
    )
    const own = await buildSnapshot(req, directory, world.orgs.unionA)
    expect((own.upperDocuments ?? []).map((d) => d.title)).not.toContain('Отраслевое соглашение А')
    expect((own.documents ?? []).map((d) => d.title)).toContain('Отраслевое соглашение А')
  })
})

describe('messenger links', () => {
  it('a look-alike messenger host is refused through REST with a Russian message', async () => {
    const terAdmin = await token('terAdmin')
    for (const [network, url] of [
      ['whatsapp', 'https://whatsapp.com.evil.example/channel/x'],
      ['vkChat', 'https://vk.me@evil.example/join/x'],
      ['max', 'https://max.ru.phish.example/join/x'],
      ['vkChat', 'https://vk.me/id1'],
    ] as const) {
      const answer = await api.rest('PATCH', `/organizations/${world.orgs.terA}`, {
        token: terAdmin,
        body: { social: { [network]: url } },
      })
      expect(answer.status, `${network} ${url}`).toBe(400)
      expect(JSON.stringify(answer.body)).toMatch(/Это не ссылка на/)
    }
    const org = await payload.findByID({ collection: 'organizations', id: world.orgs.terA })
    expect(org.social ?? {}).not.toHaveProperty('whatsapp', expect.any(String))
    const ok = await api.rest('PATCH', `/organizations/${world.orgs.terA}?depth=0`, {
      token: terAdmin,
      body: { social: { max: 'https://max.ru/join/ter-a', vkChat: 'https://vk.me/join/TerA' } },
    })
    expect(ok.status).toBe(200)
    expect(ok.body.doc.social).toMatchObject({ max: 'https://max.ru/join/ter-a' })
  })
})
