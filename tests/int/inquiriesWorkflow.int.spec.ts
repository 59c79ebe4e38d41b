import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inquiryFilesDir } from '../../cms/inquiries/inquiryFilesDir'
import { receiveInquiry } from '../../cms/inquiries/receiveInquiry'
import { apiClient } from '../helpers/apiClient'
import { inquiryUsers, rawGet, receiveProbe, SCRIPT } from '../helpers/inquiryTestbed'
import { startTestMailbox, type TestMailbox } from '../helpers/mail/testMailbox'
import { runQueuedJobs } from '../helpers/runQueuedJobs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let mailbox: TestMailbox
let restoreMail: () => void
const MEMBER = 'member@example.test'

const token = (email: string) => api.login(email, PASSWORD)

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  await inquiryUsers(payload, world)
  api = apiClient(payload)
  mailbox = await startTestMailbox()
  restoreMail = mailbox.pointProductHere()
  await payload.update({
    collection: 'organizations',
    id: world.orgs.terA,
    data: { contacts: { email: 'pravo@ter-a.test' } } as never,
  })
})
afterAll(async () => {
  restoreMail?.()
  await mailbox?.close()
  await t?.close()
})

describe('the way of an inquiry', () => {
  it('arrives, is forwarded to the Терком, answered there, and the answer reaches the member', async () => {
    const { id } = await receiveProbe(payload, world, { email: MEMBER })
    await runQueuedJobs(payload)
    // The ППО's editor is told, without the member's name or words.
    const arrival = await mailbox.waitFor((m) => m.recipients.includes(world.users.ppoEditor.email))
    expect(arrival.parsed.subject).toBe('Новое обращение: Охрана труда')
    expect(arrival.parsed.text).not.toContain('Иван')
    // The Терком above (a subtree admin) is not told of a ППО's inquiry until it is forwarded.
    expect(mailbox.messagesTo(world.users.terAdmin.email)).toEqual([])

    const ppo = await token(world.users.ppoEditor.email)
    const ter = await token(world.users.terAdmin.email)
    // Before forwarding the Терком (subtree admin of the ППО) may not act on it.
    const early = await api.rest('PATCH', `/inquiries/${id}`, {
      token: ter,
      body: { status: 'closed' },
    })
    expect(early.status).toBe(403)
    expect((await payload.findByID({ collection: 'inquiries', id, depth: 0 })).status).toBe('new')
    const forwarded = await api.rest('PATCH', `/inquiries/${id}`, {
      token: ppo,
      body: { forwardUp: true, forwardNote: `Нужен юрист ${SCRIPT}` },
    })
    expect(forwarded.status).toBe(200)
    const doc = await payload.findByID({ collection: 'inquiries', id, depth: 0 })
    expect(doc.organization).toBe(world.orgs.terA)
    expect(doc.status).toBe('new')
    expect(doc.forwards).toHaveLength(1)
    expect(doc.forwards![0]).toMatchObject({
      from: world.orgs.ppoA1,
      to: world.orgs.terA,
      note: `Нужен юрист ${SCRIPT}`,
    })
    // The Терком now reads and counts it, with the person; the ППО keeps the history only.
    const terView = await api.rest('GET', `/inquiries/${id}`, { token: ter })
    expect(terView.body).toMatchObject({ name: `Иван ${SCRIPT}`, email: MEMBER })
    expect((await api.rest('GET', '/inquiries/count', { token: ter })).body.totalDocs).toBe(1)
    const ppoView = await api.rest('GET', `/inquiries/${id}`, { token: ppo })
    expect(ppoView.status).toBe(200)
    expect(ppoView.body.status).toBe('new')
    expect(ppoView.body.name).toBeUndefined()
    expect(ppoView.body.email).toBeUndefined()
    expect(ppoView.body.message).toBeUndefined()
    expect(ppoView.body.attachment).toBeUndefined()
    expect(
      (await api.rest('PATCH', `/inquiries/${id}`, { token: ppo, body: { notes: 'x' } })).status,
    ).toBe(403)
    // The attachment's rights moved with it.
    const file = (await payload.findByID({ collection: 'inquiries', id, depth: 1 })).attachment as {
      filename: string
    }
    const fileUrl = `/inquiry-files/file/${encodeURIComponent(file.filename)}`
    expect((await rawGet(payload, fileUrl, ter)).status).toBe(200)
    expect((await rawGet(payload, fileUrl, ppo)).status).toBe(403)
    const sibling = await token('siblingeditor@test.local')
    expect((await api.rest('GET', `/inquiries/${id}`, { token: sibling })).status).toBe(404)
    await runQueuedJobs(payload)
    await mailbox.waitFor(
      (m) =>
        m.recipients.includes(world.users.terAdmin.email) &&
        /передано/.test(m.parsed.subject ?? ''),
    )

    // No answer, no «Отвечено».
    const empty = await api.rest('PATCH', `/inquiries/${id}`, {
      token: ter,
      body: { status: 'answered' },
    })
    expect(empty.status).toBe(400)
    expect(JSON.stringify(empty.body)).toMatch(/впишите ответ/)
    const answered = await api.rest('PATCH', `/inquiries/${id}`, {
      token: ter,
      body: { status: 'answered', answer: `Очки выдадут. ${SCRIPT}` },
    })
    expect(answered.status).toBe(200)
    const after = await payload.findByID({ collection: 'inquiries', id, depth: 0 })
    expect(after.firstAnsweredAt).toBeTruthy()
    expect(after.answeredWithinTarget).toBe(true)
    await runQueuedJobs(payload)
    const mail = await mailbox.waitFor((m) => m.recipients.includes(MEMBER))
    expect(mail.parsed.subject).toMatch(/^Ответ на ваше обращение/)
    expect(mail.parsed.replyTo?.text).toBe('pravo@ter-a.test')
    expect(mail.parsed.text).toContain(`Очки выдадут. ${SCRIPT}`)
    expect(mail.parsed.html).not.toContain('<script>')
    expect(mail.parsed.html).not.toContain('<img src=x')
    expect(mail.parsed.html).toContain('&lt;script&gt;')

    // Closed, reopened: firstAnsweredAt stays the first.
    await api.rest('PATCH', `/inquiries/${id}`, { token: ter, body: { status: 'closed' } })
    const closed = await payload.findByID({ collection: 'inquiries', id, depth: 0 })
    expect(closed.closedAt).toBeTruthy()
    expect(closed.firstAnsweredAt).toBe(after.firstAnsweredAt)
    const back = await api.rest('PATCH', `/inquiries/${id}`, {
      token: ter,
      body: { status: 'new' },
    })
    expect(back.status).toBe(400)
  })

  it('a member who left only a phone gets no mail', async () => {
    const { id } = await receiveProbe(payload, world, { phone: '+7 900 000-00-00' })
    mailbox.clear()
    const ppo = await token(world.users.ppoEditor.email)
    const res = await api.rest('PATCH', `/inquiries/${id}`, {
      token: ppo,
      body: { status: 'answered', answer: 'Ответили по телефону' },
    })
    expect(res.status).toBe(200)
    await runQueuedJobs(payload)
    // The editors' arrival notice is the only mail; nothing to the member, no failed job.
    expect(mailbox.received.every((m) => /^Новое обращение/.test(m.parsed.subject ?? ''))).toBe(
      true,
    )
    const failed = await payload.count({
      collection: 'payload-jobs',
      where: { hasError: { equals: true } },
    })
    expect(failed.totalDocs).toBe(0)
  })
})

describe('an org with inquiries', () => {
  it("cannot be deleted: the members' messages would be lost with it", async () => {
    const org = await payload.create({
      collection: 'organizations',
      data: {
        name: 'Профком для удаления',
        slug: 'ppo-delete-me',
        kind: 'primary_org',
        parent: world.orgs.terA,
      } as never,
      depth: 0,
    })
    await payload.create({
      collection: 'users',
      data: {
        email: 'editor-of-deleted@example.test',
        name: 'Редактор профкома',
        password: PASSWORD,
        grants: [{ organization: org.id, role: 'editor', subtree: false }],
      } as never,
    })
    await receiveInquiry(payload, {
      organization: String(org.id),
      site: 'ppo-delete-me.fed.localhost',
      topic: 'pay',
      message: 'Задерживают зарплату второй месяц',
      name: 'Пётр',
      phone: '+7 900 000-00-01',
    })
    const refused = await payload
      .delete({ collection: 'organizations', id: org.id, overrideAccess: true })
      .then(
        () => null,
        (error: Error) => error,
      )
    expect(refused?.message).toMatch(/обращений/)
    const left = await payload.count({
      collection: 'organizations',
      where: { id: { equals: org.id } },
    })
    expect(left.totalDocs).toBe(1)
  })
})

describe('an org without editors of its own', () => {
  it('passes a new inquiry up at once to the nearest org with editors, recorded as forwards', async () => {
    // ППО Б1 and Терком Б have no editors; the union Б's editor (a subtree grant) does.
    const { id } = await receiveInquiry(payload, {
      organization: String(world.orgs.ppoB1),
      site: 'ppo-b1.fed.localhost',
      topic: 'pay',
      message: 'Задерживают зарплату',
      name: 'Пётр',
      email: MEMBER,
    })
    const doc = await payload.findByID({ collection: 'inquiries', id, depth: 0 })
    expect(doc).toMatchObject({
      organization: world.orgs.unionB,
      sourceOrganization: world.orgs.ppoB1,
      status: 'new',
    })
    expect(doc.forwards?.map((f) => [f.from, f.to])).toEqual([
      [world.orgs.ppoB1, world.orgs.terB],
      [world.orgs.terB, world.orgs.unionB],
    ])
    const union = await token(world.users.unionBEditor.email)
    expect((await api.rest('GET', `/inquiries/${id}`, { token: union })).body.name).toBe('Пётр')
    const fed = await token(world.users.fedEditor.email)
    expect((await api.rest('GET', `/inquiries/${id}`, { token: fed })).status).toBe(404)
    mailbox.clear()
    await runQueuedJobs(payload)
    const notice = await mailbox.waitFor((m) =>
      m.recipients.includes(world.users.unionBEditor.email),
    )
    expect(notice.parsed.text).toMatch(/нет своих редакторов/)
  })
})

describe('retention', () => {
  it('deletes an old closed inquiry and its file, keeps open and recently closed ones', async () => {
    const close = async (id: string, closedAt: string) => {
      await payload.update({ collection: 'inquiries', id, data: { status: 'closed' } as never })
      await payload.update({ collection: 'inquiries', id, data: { closedAt } as never })
    }
    const old = await receiveProbe(payload, world, { email: MEMBER })
    const recent = await receiveProbe(payload, world, { email: MEMBER })
    const open = await receiveProbe(payload, world, { email: MEMBER })
    const now = new Date('2030-06-01T00:00:00Z')
    await close(old.id, '2029-05-01T00:00:00Z')
    await close(recent.id, '2029-07-01T00:00:00Z')
    const oldDoc = await payload.findByID({ collection: 'inquiries', id: old.id, depth: 1 })
    const file = (oldDoc.attachment as { id: number | string; filename: string }) ?? null
    expect(existsSync(join(inquiryFilesDir(), file.filename))).toBe(true)

    await payload.jobs.queue({ task: 'purgeInquiries', input: { now: now.toISOString() } })
    await runQueuedJobs(payload)
    const left = await payload.find({ collection: 'inquiries', limit: 0, depth: 0 })
    const ids = left.docs.map((d) => String(d.id))
    expect(ids).not.toContain(old.id)
    expect(ids).toContain(recent.id)
    expect(ids).toContain(open.id)
    expect(
      (await payload.count({ collection: 'inquiry-files', where: { id: { equals: file.id } } }))
        .totalDocs,
    ).toBe(0)
    expect(existsSync(join(inquiryFilesDir(), file.filename))).toBe(false)
  })

  it('a network sets its own period on its root', async () => {
    await payload.update({
      collection: 'organizations',
      id: world.orgs.fed,
      data: { inquirySettings: { retentionDays: 30 } } as never,
    })
    const { id } = await receiveProbe(payload, world, { email: MEMBER })
    await payload.update({ collection: 'inquiries', id, data: { status: 'closed' } as never })
    await payload.update({
      collection: 'inquiries',
      id,
      data: { closedAt: '2030-04-01T00:00:00Z' } as never,
    })
    await payload.jobs.queue({ task: 'purgeInquiries', input: { now: '2030-06-01T00:00:00Z' } })
    await runQueuedJobs(payload)
    expect(
      (await payload.count({ collection: 'inquiries', where: { id: { equals: id } } })).totalDocs,
    ).toBe(0)
  })
})

describe('the daily schedule', () => {
  it('purgeInquiries is scheduled, and its bookkeeping is closed to editors', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'purgeInquiries')
    expect(task?.schedule?.[0]?.cron).toBe('30 3 * * *')
    // The scheduler's stats global (Payload adds it) would otherwise take any signed-in user's
    // write: an editor could push the next run away and keep personal data past retention.
    const editor = await token(world.users.ppoEditor.email)
    const write = await api.rest('POST', '/globals/payload-jobs-stats', {
      token: editor,
      body: { stats: { scheduledRuns: { queues: {} } } },
    })
    expect(write.status).toBe(403)
    const read = await api.rest('GET', '/globals/payload-jobs-stats', { token: editor })
    expect(read.status).toBe(403)
  })
})
