import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { NewInquiries } from '../../cms/components/NewInquiries'
import { inquiryFilesDir } from '../../cms/inquiries/inquiryFilesDir'
import { receiveInquiry } from '../../cms/inquiries/receiveInquiry'
import { apiClient } from '../helpers/apiClient'
import { inquiryUsers, rawGet, receiveProbe, SCRIPT } from '../helpers/inquiryTestbed'
import { startTestMailbox, type TestMailbox } from '../helpers/mail/testMailbox'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let extra: Awaited<ReturnType<typeof inquiryUsers>>
let api: ReturnType<typeof apiClient>
let mailbox: TestMailbox
let restoreMail: () => void
let id: string
let filename: string

type Who = keyof World['users'] | keyof typeof extra
const emailOf = (who: Who) =>
  (who in extra ? extra[who as keyof typeof extra] : world.users[who as keyof World['users']]).email
const token = (who: Who) => api.login(emailOf(who), PASSWORD)
const userDoc = async (who: Who) =>
  payload
    .find({ collection: 'users', where: { email: { equals: emailOf(who) } }, depth: 0 })
    .then((r) => r.docs[0]!)

/** Numeric ids (SQLite, PostgreSQL) are Int in the schema, Mongo's are strings. */
const gqlId = (v: unknown) => (/^\d+$/.test(String(v)) ? String(v) : JSON.stringify(String(v)))

/** Everything an org's editor could try to learn that the inquiry exists. */
async function sees(who: Who | 'anonymous'): Promise<Record<string, unknown>> {
  const tok = who === 'anonymous' ? undefined : await token(who)
  const byId = await api.rest('GET', `/inquiries/${id}`, { token: tok })
  const list = await api.rest('GET', '/inquiries?where[topic][equals]=safety', { token: tok })
  const count = await api.rest('GET', '/inquiries/count', { token: tok })
  const gql = await api.graphql(
    `{ Inquiries { totalDocs } countInquiries { totalDocs } Inquiry(id: ${gqlId(id)}) { id } }`,
    tok,
  )
  const user = who === 'anonymous' ? undefined : await userDoc(who)
  // No grant at all: the Local API refuses outright (Forbidden), which counts as nothing seen.
  const local = await payload
    .count({ collection: 'inquiries', overrideAccess: false, user: user as never })
    .catch(() => ({ totalDocs: 0 }))
  return {
    byId: byId.status === 200,
    list: list.body?.totalDocs ?? 0,
    count: count.body?.totalDocs ?? 0,
    gqlList: gql.body?.data?.Inquiries?.totalDocs ?? 0,
    gqlCount: gql.body?.data?.countInquiries?.totalDocs ?? 0,
    gqlById: Boolean(gql.body?.data?.Inquiry?.id),
    local: local.totalDocs,
  }
}
const NOTHING = {
  byId: false,
  list: 0,
  count: 0,
  gqlList: 0,
  gqlCount: 0,
  gqlById: false,
  local: 0,
}
const ONE = { byId: true, list: 1, count: 1, gqlList: 1, gqlCount: 1, gqlById: true, local: 1 }

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  extra = await inquiryUsers(payload, world)
  api = apiClient(payload)
  mailbox = await startTestMailbox()
  restoreMail = mailbox.pointProductHere()
  await payload.update({
    collection: 'organizations',
    id: world.orgs.terA,
    data: { contacts: { email: 'pravo@ter-a.test' } } as never,
  })
  id = (await receiveProbe(payload, world, { email: 'member@example.test' })).id
  const doc = await payload.findByID({ collection: 'inquiries', id, depth: 1 })
  filename = (doc.attachment as { filename: string }).filename
})
afterAll(async () => {
  restoreMail?.()
  await mailbox?.close()
  await t?.close()
})

describe('who sees an inquiry', () => {
  it('the ППО it was written to reads everything, stored inert as it came', async () => {
    const res = await api.rest('GET', `/inquiries/${id}`, { token: await token('ppoEditor') })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      name: `Иван ${SCRIPT}`,
      email: 'member@example.test',
      status: 'new',
      title: expect.stringMatching(/^Охрана труда — /),
    })
    expect(res.body.receivedAt).toBeTruthy()
    expect(await sees('ppoEditor')).toEqual(ONE)
  })

  it('the sibling ППО, the Терком above (before forwarding), other branches and anonymous see nothing', async () => {
    for (const who of [
      'siblingEditor',
      'terAdmin',
      'terEditor',
      'fedEditor',
      'unionBEditor',
      'anonymous',
    ] as const) {
      expect({ who, ...(await sees(who)) }).toEqual({ who, ...NOTHING })
    }
  })

  it('the attachment is private: 403 to anonymous and other orgs, outside the public uploads', async () => {
    expect(existsSync(join(inquiryFilesDir(), filename))).toBe(true)
    expect(inquiryFilesDir().startsWith(join(t.dataDir, 'uploads'))).toBe(false)
    expect(filename).not.toMatch(/[<>]/)
    const path = `/inquiry-files/file/${encodeURIComponent(filename)}`
    expect((await rawGet(payload, path)).status).toBe(403)
    expect((await rawGet(payload, path, await token('terAdmin'))).status).toBe(403)
    expect((await rawGet(payload, path, await token('siblingEditor'))).status).toBe(403)
    const own = await rawGet(payload, path, await token('ppoEditor'))
    expect(own.status).toBe(200)
    expect(own.bytes.subarray(1, 4).toString()).toBe('PNG')
    const list = await api.rest('GET', '/inquiry-files', { token: await token('terAdmin') })
    expect(list.body.totalDocs).toBe(0)
  })
})

describe('nobody forges one', () => {
  it('create is refused through REST and GraphQL, platform admins included', async () => {
    const data = { organization: world.orgs.ppoA1, topic: 'pay', message: 'x', name: 'x' }
    for (const who of ['ppoEditor', 'platform'] as const) {
      const res = await api.rest('POST', '/inquiries', { token: await token(who), body: data })
      expect(res.status).toBe(403)
      const gql = await api.graphql(
        `mutation { createInquiry(data: { organization: ${gqlId(world.orgs.ppoA1)}, topic: pay, message: "x", name: "x" }) { id } }`,
        await token(who),
      )
      expect(gql.body.data?.createInquiry ?? null).toBeNull()
    }
    expect((await api.rest('POST', '/inquiries', { body: data })).status).toBe(403)
    expect(await payload.count({ collection: 'inquiries' })).toMatchObject({ totalDocs: 1 })
  })

  it('a client cannot write the timestamps, the forwards, the handler or the member’s words', async () => {
    const before = await payload.findByID({ collection: 'inquiries', id, depth: 0 })
    const res = await api.rest('PATCH', `/inquiries/${id}`, {
      token: await token('ppoEditor'),
      body: {
        receivedAt: '2000-01-01T00:00:00.000Z',
        firstAnsweredAt: '2000-01-02T00:00:00.000Z',
        closedAt: '2000-01-03T00:00:00.000Z',
        answeredWithinTarget: true,
        forwards: [{ from: world.orgs.fed, to: world.orgs.ppoA1, note: 'forged' }],
        organization: world.orgs.ppoA2,
        handlers: [world.orgs.ppoB1],
        name: 'Подменено',
        notes: 'Позвонить в понедельник',
      },
    })
    expect(res.status).toBe(200)
    const after = await payload.findByID({ collection: 'inquiries', id, depth: 0 })
    expect(after).toMatchObject({
      receivedAt: before.receivedAt,
      organization: before.organization,
      name: before.name,
      notes: 'Позвонить в понедельник',
    })
    expect(after.firstAnsweredAt ?? null).toBeNull()
    expect(after.closedAt ?? null).toBeNull()
    expect(after.forwards ?? []).toEqual([])
    expect(after.handlers).toEqual([world.orgs.ppoA1])
  })
})

describe('the dashboard and the attachment check', () => {
  it('counts the new inquiries the editor’s own org must answer', async () => {
    const markup = async (who: Who) => {
      const element = await NewInquiries({ payload, user: (await userDoc(who)) as never })
      return element ? renderToStaticMarkup(element) : ''
    }
    expect(await markup('ppoEditor')).toContain('1 новое обращение')
    expect(await markup('terAdmin')).toContain('Новых обращений нет')
    expect(await markup('siblingEditor')).toContain('Новых обращений нет')
  })

  it('an HTML page named .pdf is refused, and nothing is stored', async () => {
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    const before = await payload.count({ collection: 'inquiry-files' })
    await expect(
      receiveInquiry(payload, {
        organization: String(world.orgs.ppoA1),
        site: 'ppo-a1.fed.localhost',
        topic: 'other',
        message: 'x',
        name: 'x',
        attachment: { data: html, mimetype: 'application/pdf', name: 'a.pdf', size: html.length },
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect(await payload.count({ collection: 'inquiry-files' })).toEqual(before)
    expect(await payload.count({ collection: 'inquiries' })).toMatchObject({ totalDocs: 1 })
  })
})
