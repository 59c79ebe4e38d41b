import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { SubscriberCounts } from '../../cms/components/SubscriberCounts'
import { tokenHashOf } from '../../cms/subscriptions/subscriberToken'
import { suppressAddress } from '../../cms/subscriptions/suppressAddress'
import { apiClient } from '../helpers/apiClient'
import { inquiryFormSuite, PPO_A1, type InquiryFormWorld } from '../helpers/inquiryFormSuite'
import { rawGet } from '../helpers/inquiryTestbed'
import { startTestMailbox, type TestMailbox } from '../helpers/mail/testMailbox'
import { subscriptionClient, TOKEN_IN_LINK } from '../helpers/subscriptionClient'
import { PASSWORD, type World } from '../helpers/world'

/**
 * The subscription (issue 17): the public form with the feedback form's defences, double opt-in
 * with exactly one confirmation mail, the links acting only on POST, and the addresses closed to
 * everyone but the org's own admins.
 */
let payload: Payload
let world: World
let sitesDir: string
let mailbox: TestMailbox
let restoreMail: () => void
let sub: ReturnType<typeof subscriptionClient>
const api = () => apiClient(payload)
const users: Record<string, { id: number | string; email: string }> = {}
const { nextIp } = inquiryFormSuite('203.0.113.', (parts: InquiryFormWorld) => {
  ;({ payload, world, sitesDir } = parts)
})

const PAGE = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/subscribe/subscribePage.html'),
  'utf8',
)

let counter = 0
const nextEmail = () => `reader${++counter}.${Date.now()}@example.ru`
const fields = (extra: Record<string, string> = {}) => ({
  org: String(world.orgs.ppoA1),
  email: nextEmail(),
  mode: 'every',
  consent: 'yes',
  website: '',
  ...extra,
})
const rows = async (where: Record<string, unknown> = {}) =>
  (
    await payload.find({
      collection: 'subscribers',
      where: where as never,
      depth: 0,
      limit: 100,
      showHiddenFields: true,
    })
  ).docs
const runJobs = async () => {
  for (let i = 0; i < 2; i++) await payload.jobs.run({ limit: 100 })
  // The mailbox parses what it receives asynchronously: let a message sent now arrive.
  await new Promise((r) => setTimeout(r, 300))
}

/** Subscribes an address and returns the token from its one confirmation mail. */
async function subscribeAndRead(email: string, mode = 'every') {
  const res = await sub.subscribe(
    { ...fields({ email, mode }), altcha: await sub.solve() },
    { host: PPO_A1, ip: nextIp() },
  )
  expect(res.status).toBe(201)
  await runJobs()
  const mail = await mailbox.waitFor((m) => m.recipients.includes(email))
  const token = TOKEN_IN_LINK.exec(mail.parsed.text ?? '')?.[1]
  expect(token).toBeTruthy()
  return { token: token!, mail }
}

beforeAll(async () => {
  mailbox = await startTestMailbox()
  restoreMail = mailbox.pointProductHere()
  sub = subscriptionClient(payload)
  mkdirSync(path.join(sitesDir, PPO_A1, 'subscribe'), { recursive: true })
  writeFileSync(
    path.join(sitesDir, PPO_A1, 'subscribe', 'index.html'),
    PAGE.replace('value="7"', `value="${world.orgs.ppoA1}"`),
  )
  const user = async (key: string, grants: unknown[]) => {
    const email = `${key.toLowerCase()}@test.local`
    const doc = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: key, grants } as never,
      depth: 0,
    })
    users[key] = { id: doc.id, email }
  }
  await user('subsA1Admin', [{ organization: world.orgs.ppoA1, role: 'admin', subtree: false }])
  await user('subsB1Admin', [{ organization: world.orgs.ppoB1, role: 'admin', subtree: false }])
  await user('subsB1Editor', [{ organization: world.orgs.ppoB1, role: 'editor', subtree: false }])
}, 60_000)

afterEach(async () => {
  await payload.delete({ collection: 'subscribers', where: {} })
  mailbox.clear()
})

afterAll(async () => {
  restoreMail?.()
  await mailbox?.close()
})

describe('double opt-in', () => {
  it('subscribe → exactly one confirmation mail; GET of the link changes nothing; POST confirms', async () => {
    const email = nextEmail()
    const { token, mail } = await subscribeAndRead(email)
    expect(mail.parsed.subject).toMatch(/Подтвердите подписку/)
    expect(mailbox.messagesTo(email)).toHaveLength(1)
    const [pending] = await rows({ email: { equals: email } })
    expect(pending).toMatchObject({ status: 'pending', mode: 'every', confirmedAt: null })
    // The database keeps the token's hash, never the token.
    expect(pending!.tokenHash).toBe(tokenHashOf(token))
    expect(JSON.stringify(pending)).not.toContain(token)

    const get = await sub.link('confirm', { token, host: PPO_A1, ip: nextIp(), json: false })
    expect(get.status).toBe(200)
    expect(get.text).toContain('Подтвердить подписку')
    expect(get.headers.get('referrer-policy')).toBe('no-referrer')
    expect((await rows({ email: { equals: email } }))[0]!.status).toBe('pending')

    const post = await sub.link('confirm', {
      method: 'POST',
      host: PPO_A1,
      ip: nextIp(),
      body: { token },
    })
    expect(post.status).toBe(200)
    const [confirmed] = await rows({ email: { equals: email } })
    expect(confirmed).toMatchObject({ status: 'confirmed' })
    expect(confirmed!.confirmedAt).toBeTruthy()
    // Nothing else was sent: the confirmation is the only mail.
    await runJobs()
    expect(mailbox.messagesTo(email)).toHaveLength(1)
  })

  it('subscribing an address already confirmed answers the same and sends nothing', async () => {
    const email = nextEmail()
    const { token } = await subscribeAndRead(email)
    await sub.link('confirm', { method: 'POST', host: PPO_A1, ip: nextIp(), body: { token } })
    const before = (await rows({ email: { equals: email } }))[0]!
    const again = await sub.subscribe(
      { ...fields({ email, mode: 'weekly' }), altcha: await sub.solve() },
      { host: PPO_A1, ip: nextIp() },
    )
    const fresh = await sub.subscribe(
      { ...fields(), altcha: await sub.solve() },
      { host: PPO_A1, ip: nextIp() },
    )
    expect(again.status).toBe(fresh.status)
    expect(again.json).toEqual(fresh.json)
    await runJobs()
    expect(mailbox.messagesTo(email)).toHaveLength(1)
    expect((await rows({ email: { equals: email } }))[0]).toEqual(before)
  })

  it('the one-click unsubscribe POST takes effect at once; GET only shows the button', async () => {
    const email = nextEmail()
    const { token } = await subscribeAndRead(email)
    await sub.link('confirm', { method: 'POST', host: PPO_A1, ip: nextIp(), body: { token } })
    const get = await sub.link('unsubscribe', { token, host: PPO_A1, ip: nextIp(), json: false })
    expect(get.status).toBe(200)
    expect(get.text).toContain('Отписаться')
    expect((await rows({ email: { equals: email } }))[0]!.status).toBe('confirmed')
    const post = await sub.link('unsubscribe', {
      token,
      method: 'POST',
      host: PPO_A1,
      ip: nextIp(),
      body: { 'List-Unsubscribe': 'One-Click' },
      json: false,
    })
    expect(post.status).toBe(200)
    const [row] = await rows({ email: { equals: email } })
    expect(row).toMatchObject({ status: 'unsubscribed' })
    expect(row!.unsubscribedAt).toBeTruthy()
    // An old confirmation link does not bring it back.
    const revive = await sub.link('confirm', {
      method: 'POST',
      host: PPO_A1,
      ip: nextIp(),
      body: { token },
    })
    expect(revive.status).toBe(409)
    expect((await rows({ email: { equals: email } }))[0]!.status).toBe('unsubscribed')
  })

  it('preferences: the mode changes by token, and unsubscribing from there works', async () => {
    const email = nextEmail()
    const { token } = await subscribeAndRead(email)
    await sub.link('confirm', { method: 'POST', host: PPO_A1, ip: nextIp(), body: { token } })
    const page = await sub.link('preferences', { token, host: PPO_A1, ip: nextIp(), json: false })
    expect(page.status).toBe(200)
    expect(page.text).toContain('Еженедельный дайджест')
    expect(page.text).not.toContain(email)
    const save = await sub.link('preferences', {
      method: 'POST',
      host: PPO_A1,
      ip: nextIp(),
      body: { token, action: 'save', mode: 'weekly' },
    })
    expect(save.status).toBe(200)
    expect((await rows({ email: { equals: email } }))[0]!.mode).toBe('weekly')
    const bad = await sub.link('preferences', {
      method: 'POST',
      host: PPO_A1,
      ip: nextIp(),
      body: { token, action: 'save', mode: 'hourly' },
    })
    expect(bad.status).toBe(400)
    const out = await sub.link('preferences', {
      method: 'POST',
      host: PPO_A1,
      ip: nextIp(),
      body: { token, action: 'unsubscribe' },
    })
    expect(out.status).toBe(200)
    expect((await rows({ email: { equals: email } }))[0]!.status).toBe('unsubscribed')
  })

  it('a forged or malformed token is 404/400 and changes nothing', async () => {
    const email = nextEmail()
    await subscribeAndRead(email)
    const before = await rows()
    const forged = 'A'.repeat(43)
    for (const name of ['confirm', 'unsubscribe', 'preferences'] as const) {
      const res = await sub.link(name, {
        token: forged,
        method: 'POST',
        host: PPO_A1,
        ip: nextIp(),
        body: { action: 'unsubscribe' },
      })
      expect(res.status).toBe(404)
      const bad = await sub.link(name, {
        token: 'abc',
        method: 'POST',
        host: PPO_A1,
        ip: nextIp(),
        body: {},
      })
      expect(bad.status).toBe(400)
      const none = await sub.link(name, { method: 'POST', host: PPO_A1, ip: nextIp(), body: {} })
      expect(none.status).toBe(400)
    }
    expect(await rows()).toEqual(before)
  })

  it('suppressAddress marks every row of the address bounced', async () => {
    const email = nextEmail()
    await subscribeAndRead(email)
    expect(await suppressAddress(payload, email.toUpperCase(), '550 no such user')).toBe(1)
    expect((await rows({ email: { equals: email } }))[0]!.status).toBe('bounced')
  })
})

describe('the form defences', () => {
  it('a flood from one address gets 429 and nothing beyond the limit is stored', async () => {
    const ip = nextIp()
    const statuses: number[] = []
    for (let i = 0; i < 8; i++)
      statuses.push(
        (await sub.subscribe({ ...fields(), altcha: await sub.solve() }, { host: PPO_A1, ip }))
          .status,
      )
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429])
    expect(await rows()).toHaveLength(5)
  })

  it('a replayed proof-of-work solution is refused and stores nothing', async () => {
    const altcha = await sub.solve()
    expect(
      (await sub.subscribe({ ...fields(), altcha }, { host: PPO_A1, ip: nextIp() })).status,
    ).toBe(201)
    const email = nextEmail()
    const again = await sub.subscribe(
      { ...fields({ email }), altcha },
      { host: PPO_A1, ip: nextIp() },
    )
    expect(again.status).toBe(400)
    expect(again.json).toMatchObject({
      errors: { altcha: expect.stringMatching(/уже использована/) },
    })
    expect(await rows({ email: { equals: email } })).toHaveLength(0)
  })

  it('the honeypot looks accepted and stores nothing; bad fields get Russian errors', async () => {
    const email = nextEmail()
    const trap = await sub.subscribe(
      { ...fields({ email, website: 'http://spam' }), altcha: await sub.solve() },
      { host: PPO_A1, ip: nextIp() },
    )
    expect(trap.status).toBe(201)
    expect(await rows({ email: { equals: email } })).toHaveLength(0)
    const bad = await sub.subscribe(
      { ...fields({ email: 'не адрес', consent: '', mode: 'x' }), altcha: await sub.solve() },
      { host: PPO_A1, ip: nextIp() },
    )
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({
      errors: {
        email: expect.stringMatching(/Проверьте адрес/),
        consent: expect.stringMatching(/согласие/),
        mode: expect.stringMatching(/Выберите/),
      },
    })
    // Without JavaScript: the site's own page comes back with the errors filled in.
    const page = await sub.subscribe(
      { ...fields({ email: 'не адрес' }), altcha: await sub.solve() },
      { host: PPO_A1, ip: nextIp(), json: false },
    )
    expect(page.status).toBe(400)
    expect(page.text).toContain('Проверьте адрес электронной почты')
    expect(page.text).toContain('value="не адрес"')
  })

  it('one mailbox gets at most 3 confirmations a day, whoever asks; the answer stays the same', async () => {
    const email = nextEmail()
    const answers: unknown[] = []
    for (let i = 0; i < 4; i++) {
      const res = await sub.subscribe(
        { ...fields({ email }), altcha: await sub.solve() },
        { host: PPO_A1, ip: nextIp() },
      )
      answers.push([res.status, res.json])
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
    await runJobs()
    await runJobs()
    // Parsing is asynchronous: wait for the third, then make sure no fourth follows.
    for (let i = 0; i < 50 && mailbox.messagesTo(email).length < 3; i++)
      await new Promise((r) => setTimeout(r, 100))
    await new Promise((r) => setTimeout(r, 300))
    expect(mailbox.messagesTo(email)).toHaveLength(3)
  })

  it('a form aimed at an org not on this host is refused', async () => {
    const res = await sub.subscribe(
      { ...fields({ org: String(world.orgs.ppoB1) }), altcha: await sub.solve() },
      { host: PPO_A1, ip: nextIp() },
    )
    expect(res.status).toBe(400)
    expect(await rows()).toHaveLength(0)
  })
})

describe('who sees the addresses', () => {
  const seed = async (email: string, org: number | string) =>
    payload.create({
      collection: 'subscribers',
      data: {
        email,
        organization: org,
        mode: 'every',
        status: 'confirmed',
        tokenSeed: `seed-${email}`,
        tokenHash: tokenHashOf(email),
        confirmedAt: new Date().toISOString(),
      } as never,
      depth: 0,
    })
  const tokenOf = (key: string) =>
    api().login(users[key]?.email ?? `${key.toLowerCase()}@test.local`, PASSWORD)

  it("another org's admin or editor, a subtree admin above, and the org's editor cannot read, list or count", async () => {
    await seed('one@example.ru', world.orgs.ppoA1)
    for (const key of ['subsB1Admin', 'subsB1Editor', 'terAdmin', 'ppoEditor', 'unionBEditor']) {
      const token = await tokenOf(key)
      const list = await api().rest('GET', '/subscribers', { token })
      expect([0, undefined]).toContain(list.body?.totalDocs)
      const count = await api().rest('GET', '/subscribers/count', { token })
      expect(count.body?.totalDocs ?? 0).toBe(0)
      const gql = await api().graphql('{ Subscribers { totalDocs docs { email } } }', token)
      expect(JSON.stringify(gql.body)).not.toContain('one@example.ru')
      const user = await payload.findByID({
        collection: 'users',
        id:
          users[key]?.id ??
          (
            await payload.find({
              collection: 'users',
              where: { email: { equals: `${key.toLowerCase()}@test.local` } },
            })
          ).docs[0]!.id,
      })
      const local = await payload
        .find({ collection: 'subscribers', overrideAccess: false, user })
        .then((r) => r.totalDocs)
        .catch(() => 0)
      expect(local).toBe(0)
    }
    const own = await api().rest('GET', '/subscribers', { token: await tokenOf('subsA1Admin') })
    expect(own.body.docs.map((d: { email: string }) => d.email)).toEqual(['one@example.ru'])
    // The token's hash is never in an answer, not even to the org's admin.
    expect(own.body.docs[0].tokenHash).toBeUndefined()
    expect(own.body.docs[0].tokenSeed).toBeUndefined()
  })

  it('nobody creates or edits a subscriber through the API; the own admin deletes one', async () => {
    const row = await seed('two@example.ru', world.orgs.ppoA1)
    const admin = await tokenOf('subsA1Admin')
    const create = await api().rest('POST', '/subscribers', {
      token: admin,
      body: {
        email: 'x@example.ru',
        organization: world.orgs.ppoA1,
        tokenHash: 'h',
        tokenSeed: 's',
      },
    })
    expect(create.status).toBe(403)
    const patch = await api().rest('PATCH', `/subscribers/${row.id}`, {
      token: admin,
      body: { status: 'confirmed', email: 'y@example.ru' },
    })
    expect(patch.status).toBe(403)
    const otherDelete = await api().rest('DELETE', `/subscribers/${row.id}`, {
      token: await tokenOf('subsB1Admin'),
    })
    expect(otherDelete.status).toBeGreaterThanOrEqual(400)
    expect(await rows({ id: { equals: row.id } })).toHaveLength(1)
    const del = await api().rest('DELETE', `/subscribers/${row.id}`, { token: admin })
    expect(del.status).toBe(200)
    expect(await rows({ id: { equals: row.id } })).toHaveLength(0)
  })

  it('only the own admin exports, as CSV with a BOM, formulas defused', async () => {
    // A spreadsheet runs a cell starting with = + - @ as a formula; a valid address can start so.
    await seed('=1+cmd|calc@example.ru', world.orgs.ppoA1)
    await seed('-2+3@example.ru', world.orgs.ppoA1)
    await seed('plain@example.ru', world.orgs.ppoA1)
    await seed('other@example.ru', world.orgs.ppoB1)
    const url = `/subscribers/export?organization=${world.orgs.ppoA1}`
    for (const key of ['subsB1Admin', 'ppoEditor', 'terAdmin', 'unionBEditor'])
      expect((await rawGet(payload, url, await tokenOf(key))).status).toBe(403)
    expect((await rawGet(payload, url)).status).toBe(403)
    const res = await rawGet(payload, url, await tokenOf('subsA1Admin'))
    expect(res.status).toBe(200)
    const text = res.bytes.toString('utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text).toContain('plain@example.ru')
    expect(text).not.toContain('other@example.ru')
    expect(text).toContain(`'=1+cmd|calc@example.ru`)
    expect(text).toContain(`'-2+3@example.ru`)
    expect(text).not.toMatch(/(^|[\n,])"?[=+\-@]/)
  })

  it("the org's editors see the count and its trend; other orgs' editors do not", async () => {
    await seed('c1@example.ru', world.orgs.ppoA1)
    await seed('c2@example.ru', world.orgs.ppoA1)
    const url = `/subscribers/stats?organization=${world.orgs.ppoA1}`
    const own = await api().rest('GET', url, { token: await tokenOf('ppoEditor') })
    expect(own.status).toBe(200)
    expect(own.body).toMatchObject({ confirmed: 2, before: 0 })
    for (const key of ['subsB1Editor', 'subsB1Admin', 'unionBEditor'])
      expect((await api().rest('GET', url, { token: await tokenOf(key) })).status).toBe(403)
    // The dashboard shows the same figures; the export link only to the org's admins.
    const dashboard = async (email: string) => {
      const user = (
        await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
      ).docs[0]!
      return JSON.stringify(await SubscriberCounts({ payload, user: user as never }))
    }
    const editorView = await dashboard('ppoeditor@test.local')
    expect(editorView).toContain('подписчика')
    expect(editorView).toContain('+2 за 4 недели')
    expect(editorView).not.toContain('/api/subscribers/export')
    expect(editorView).not.toContain('c1@example.ru')
    expect(await dashboard(users.subsA1Admin!.email)).toContain(
      `/api/subscribers/export?organization=${world.orgs.ppoA1}`,
    )
    expect(await dashboard(users.subsB1Editor!.email)).not.toContain('подписчика')
  })
})
