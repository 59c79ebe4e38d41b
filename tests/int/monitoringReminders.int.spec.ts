import type { ParsedMail } from 'mailparser'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configValue } from '../../config'
import { ownIndicators } from '../../cms/monitoring/ownIndicators'
import { subtreeIndicators } from '../../cms/monitoring/subtreeIndicators'
import { apiClient } from '../helpers/apiClient'
import { startTestMailbox, type TestMailbox } from '../helpers/mail/testMailbox'
import { ago, confirmedSubscriber, document, liveHost, org, post } from '../helpers/monitoringWorld'
import { runQueuedJobs } from '../helpers/runQueuedJobs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * The monitoring's reminders (issue 18) through the job queue to a real SMTP server: the weekly
 * letter to an org's own editors with each reason, nothing for an all-green org, nothing more on
 * a rerun, the opt-out, the monthly summary of a Терком's ППО; and the admin home's own row
 * computed alone equals its row in the subtree.
 */
const SERVER = 'http://admin.reminders.localhost:3000'
// A Monday 10:00 and a 1st of the month 10:00, Moscow (UTC+3), after the world is built.
const MONDAY = '2026-12-14T07:00:00.000Z'
const FIRST = '2027-01-01T07:00:00.000Z'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let mailbox: TestMailbox
let restoreMail: () => void
const serverBefore = configValue('SERVER_URL')
let green: number | string
const mails = {} as Record<'greenEditor' | 'optedOut' | 'a2Editor', string>

const textOf = (mail: ParsedMail) => mail.text ?? ''
const weeklyTo = (email: string) =>
  mailbox.messagesTo(email).filter((m) => m.subject?.startsWith('Мониторинг «'))
const summaryTo = (email: string) =>
  mailbox.messagesTo(email).filter((m) => m.subject?.startsWith('Мониторинг ППО'))

async function runReminders(at: string) {
  await payload.jobs.queue({ task: 'mailMonitoringReminders', input: { at } })
  await runQueuedJobs(payload)
}

async function user(key: string, grants: unknown[], extra: Record<string, unknown> = {}) {
  const email = `${key.toLowerCase()}@test.local`
  await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: key, grants, ...extra } as never,
  })
  return email
}

beforeAll(async () => {
  mailbox = await startTestMailbox()
  restoreMail = mailbox.pointProductHere({ from: 'Union Sites <no-reply@mfp.localhost>' })
  process.env.SERVER_URL = SERVER
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  const now = new Date(MONDAY)
  const year = new Date(now.getTime() + 3 * 3_600_000).getUTCFullYear()
  // No proposals target in this network: a ППО can then be green everywhere.
  await payload.update({
    collection: 'organizations',
    id: world.orgs.fed,
    data: { monitoringSettings: { proposalsQuarterTarget: 0 } } as never,
  })
  green = await org(payload, {
    name: 'ППО Образцовая',
    slug: 'ppo-green',
    kind: 'primary_org',
    parent: world.orgs.terA,
    memberCount: 300,
    contacts: {
      address: 'Москва, ул. Ленина, 1',
      phone: '+7 495 123-45-67',
      email: 'ppo@green.test',
      receptionHours: 'пн–пт 9–18',
    },
    infoOfficer: { name: 'Анна Петрова', phone: '+7 495 123-45-68', email: 'anna@green.test' },
    social: { vk: 'https://vk.com/ppo_green' },
  })
  // 0.1: this Monday morning, on this week's stand.
  for (const days of [0.1, 2, 10, 15, 20, 40, 45, 50, 55, 60, 65, 70, 80])
    await post(payload, green, ago(days, now))
  await document(payload, green, 'collective_agreement', year - 1)
  await document(payload, green, 'public_report', year - 1, `${year}-01-15T10:00:00.000Z`)
  await confirmedSubscriber(payload, green, 'reader@reader.test')
  await liveHost(payload, green, 'ppo-green.fed.localhost')
  mails.greenEditor = await user('greenEditor', [
    { organization: green, role: 'editor', subtree: false },
  ])
  mails.a2Editor = await user('a2Editor', [
    { organization: world.orgs.ppoA2, role: 'editor', subtree: false },
  ])
  mails.optedOut = await user(
    'optedOut',
    [{ organization: world.orgs.ppoA2, role: 'editor', subtree: false }],
    { monitoringReminders: false },
  )
}, 480_000)

afterAll(async () => {
  restoreMail?.()
  if (serverBefore === undefined) delete process.env.SERVER_URL
  else process.env.SERVER_URL = serverBefore
  await t?.close()
  await mailbox?.close()
})

describe('the weekly reminder', () => {
  it('the all-green ППО is green everywhere (the precondition of «no letter»)', async () => {
    const req = await createLocalReq(
      { user: { id: 0, role: 'platform-admin', grants: [], collection: 'users' } as never },
      payload,
    )
    const row = await ownIndicators(req, String(green), { now: new Date(MONDAY) })
    const notGreen = Object.values(row.indicators).filter(
      (r) => r.light === 'red' || r.light === 'amber',
    )
    expect(notGreen.map((r) => `${r.id}: ${r.reason}`)).toEqual([])
  })

  it('reaches the own editors of an org with a red indicator, with the reason and the fix', async () => {
    await runReminders(MONDAY)
    const [letter, ...more] = weeklyTo(world.users.ppoEditor.email)
    expect(more).toHaveLength(0)
    expect(letter!.subject).toMatch(/^Мониторинг «ППО А1»: \d+ показател(ь|я|ей) требу/)
    const text = textOf(letter!)
    expect(text).toContain('✕ Красный — Сайт или раздел: сайт не опубликован.')
    expect(text).toContain('Что исправить:')
    expect(text).toContain(`${SERVER}/admin/monitoring?org=${world.orgs.ppoA1}`)
    expect(letter!.html).toContain('сайт не опубликован')
    // A ППО editor never gets another org's reminder, nor other orgs' names in it.
    for (const other of ['ППО А2', 'ППО Б1', 'Терком А', 'Образцовая'])
      expect(text).not.toContain(other)
    expect(mailbox.messagesTo(world.users.ppoEditor.email)).toHaveLength(1)
    // Own editors only: the Терком's subtree admin gets the Терком's letter, not its ППО's.
    const ter = weeklyTo(world.users.terAdmin.email)
    expect(ter.map((m) => m.subject)).toEqual([expect.stringContaining('«Терком А»')])
    expect(weeklyTo(mails.a2Editor).map((m) => m.subject)).toEqual([
      expect.stringContaining('«ППО А2»'),
    ])
  })

  it('nothing for an all-green org', () => {
    expect(mailbox.messagesTo(mails.greenEditor)).toHaveLength(0)
  })

  it('honours the opt-out', () => {
    expect(mailbox.messagesTo(mails.optedOut)).toHaveLength(0)
  })

  it('a rerun (the same Monday, a later hour) sends nothing more', async () => {
    const count = mailbox.received.length
    await runReminders(MONDAY)
    await runReminders('2026-12-14T18:30:00.000Z')
    expect(mailbox.received.length).toBe(count)
  })

  it('not due on another day: nothing is computed or sent', async () => {
    const count = mailbox.received.length
    await runReminders('2026-12-15T07:00:00.000Z')
    expect(mailbox.received.length).toBe(count)
  })
})

describe('the monthly summary', () => {
  it('reaches the Терком admin and lists its ППО only, once', async () => {
    mailbox.clear()
    await runReminders(FIRST)
    const [summary, ...more] = summaryTo(world.users.terAdmin.email)
    expect(more).toHaveLength(0)
    expect(summary!.subject).toBe('Мониторинг ППО «Терком А» на 1 января 2027')
    const text = textOf(summary!)
    expect(text).toContain('В «Терком А» 3 ППО.')
    expect(text).toContain('Сайт или раздел: ✓ 1, ! 0, ✕ 2')
    expect(text).toContain('ППО А1:')
    expect(text).not.toContain('ППО Б1')
    // Editors get no summary; another union's Терком has no admin here: no letter.
    expect(summaryTo(world.users.ppoEditor.email)).toHaveLength(0)
    expect(summaryTo(world.users.unionBEditor.email)).toHaveLength(0)
    const count = mailbox.received.length
    await runReminders(FIRST)
    expect(mailbox.received.length).toBe(count)
  })
})

describe('the opt-out field', () => {
  it('a user switches it for themselves; a ППО editor cannot switch the Терком admin’s', async () => {
    const own = await api.login(world.users.ppoEditor.email, PASSWORD)
    const self = await api.rest('PATCH', `/users/${world.users.ppoEditor.id}`, {
      token: own,
      body: { monitoringReminders: false },
    })
    expect(self.status).toBe(200)
    const other = await api.rest('PATCH', `/users/${world.users.terAdmin.id}`, {
      token: own,
      body: { monitoringReminders: false },
    })
    expect(other.status).toBeGreaterThanOrEqual(400)
    expect(other.status).toBeLessThan(500)
    const gql = await api.graphql(
      `mutation { updateUser(id: ${JSON.stringify(world.users.terAdmin.id)}, data: { monitoringReminders: false }) { id } }`,
      own,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    // Nor through the Local API with the editor's rights.
    const editor = await payload.findByID({ collection: 'users', id: world.users.ppoEditor.id })
    await expect(
      payload.update({
        collection: 'users',
        id: world.users.terAdmin.id,
        data: { monitoringReminders: false },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow()
    const ter = await payload.findByID({ collection: 'users', id: world.users.terAdmin.id })
    expect(ter.monitoringReminders).not.toBe(false)
    const me = await payload.findByID({ collection: 'users', id: world.users.ppoEditor.id })
    expect(me.monitoringReminders).toBe(false)
  })
})

describe('the own row alone (admin home)', () => {
  it('equals the org’s row in its subtree, for every level, with and without counted visits', async () => {
    const terUser = await payload.findByID({ collection: 'users', id: world.users.terAdmin.id })
    const req = await createLocalReq({ user: terUser as never }, payload)
    const now = new Date(MONDAY)
    const check = async () => {
      for (const id of [world.orgs.terA, world.orgs.ppoA1, world.orgs.ppoA2, green]) {
        const { root } = await subtreeIndicators(req, String(id), { now })
        expect(await ownIndicators(req, String(id), { now })).toEqual(root)
      }
    }
    await check()
    // A visit counted below the Терком: its own row reads 0 visits, not «no data», either way.
    await payload.create({
      collection: 'site-visits',
      data: { org: world.orgs.ppoA1, day: '2026-12-13', path: '/', views: 3, visits: 2 } as never,
    })
    await check()
    const { root } = await subtreeIndicators(req, String(world.orgs.terA), { now })
    expect(root.indicators.visits30.value).toBe(0)
  })

  it('keeps the same access: another union’s editor is refused', async () => {
    const b = await payload.findByID({ collection: 'users', id: world.users.unionBEditor.id })
    const req = await createLocalReq({ user: b as never }, payload)
    await expect(ownIndicators(req, String(world.orgs.terA))).rejects.toThrow()
  })
})
