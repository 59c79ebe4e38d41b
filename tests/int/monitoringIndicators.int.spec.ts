import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { subtreeIndicators } from '../../cms/monitoring/subtreeIndicators'
import { rollups } from '../../domain/monitoring/rollups'
import type { OrgRow } from '../../domain/monitoring/indicatorTypes'
import { apiClient } from '../helpers/apiClient'
import {
  ago,
  answeredInquiry,
  confirmedSubscriber,
  document,
  liveHost,
  org,
  post,
} from '../helpers/monitoringWorld'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * The monitoring's indicators end to end (issue 18): crafted orgs below Терком А, each rule
 * coloured from the database by subtreeIndicators' grouped queries, the roll-ups, and who may
 * see which subtree through REST and the Local API.
 */
let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let now: Date
let year: number
const crafted = {} as Record<'stale' | 'good' | 'reviewer' | 'waiting' | 'hidden', number | string>

const token = (role: keyof World['users']) => api.login(world.users[role].email, PASSWORD)
const userDoc = (role: keyof World['users']) =>
  payload.findByID({ collection: 'users', id: world.users[role].id, depth: 0 })
const asUser = async (role: keyof World['users'], orgId: number | string) =>
  subtreeIndicators(
    await createLocalReq({ user: (await userDoc(role)) as never }, payload),
    String(orgId),
    { now },
  )
const rowOf = (rows: OrgRow[], id: number | string) => rows.find((r) => r.id === String(id))!

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  // After the world's posts: they count as published by now.
  now = new Date(Date.now() + 1000)
  year = new Date(now.getTime() + 3 * 3_600_000).getUTCFullYear()
  api = apiClient(payload)
  const terA = world.orgs.terA
  crafted.stale = await org(payload, {
    name: 'ППО Заброшенная',
    slug: 'ppo-stale',
    kind: 'primary_org',
    parent: terA,
    memberCount: 1500,
  })
  await post(payload, crafted.stale, ago(47, now))
  crafted.good = await org(payload, {
    name: 'ППО Образцовая',
    slug: 'ppo-good',
    kind: 'primary_org',
    parent: terA,
    memberCount: 300,
    contacts: {
      address: 'Москва, ул. Ленина, 1',
      phone: '+7 495 123-45-67',
      email: 'ppo@good.test',
      receptionHours: 'пн–пт 9–18',
    },
    infoOfficer: { name: 'Анна Петрова', email: 'anna@good.test' },
    social: { vk: 'https://vk.com/ppo_good' },
  })
  // Exactly the targets: 1 in 7 days, 4 in 30, 12 in 90.
  for (const days of [1, 10, 15, 20, 40, 45, 50, 55, 60, 65, 70, 80])
    await post(payload, crafted.good, ago(days, now))
  await document(payload, crafted.good, 'collective_agreement', year - 1)
  await document(payload, crafted.good, 'public_report', year - 1, `${year}-01-15T10:00:00.000Z`)
  for (const [days, hours, within] of [
    [30, 10, true],
    [60, 30, true],
    [90, 100, false],
  ] as const)
    await answeredInquiry(payload, crafted.good, now, days, hours, within)
  await confirmedSubscriber(payload, crafted.good, 'reader@reader.test')
  crafted.reviewer = await org(payload, {
    name: 'ППО Проверяющая',
    slug: 'ppo-review',
    kind: 'primary_org',
    parent: terA,
    incomingPolicy: 'review',
  })
  crafted.waiting = await post(payload, terA, ago(5, now))
  crafted.hidden = await post(payload, world.orgs.fed, ago(10, now))
  await payload.create({
    collection: 'feed-decisions',
    data: { post: crafted.hidden, action: 'hide', organization: crafted.reviewer } as never,
    depth: 0,
  })
  await post(payload, world.orgs.fed, ago(20, now), { mandatory: true })
  await liveHost(payload, terA, 'ter-a.fed.localhost')
}, 480_000)

afterAll(async () => {
  await t?.close()
})

describe('each indicator from the database', () => {
  it('a stale ППО: red news, the days in the reason, socials required over 1,000 members', async () => {
    const { rows } = await asUser('terAdmin', world.orgs.terA)
    const stale = rowOf(rows, crafted.stale).indicators
    expect(stale.lastNews).toMatchObject({
      light: 'red',
      value: 47,
      reason: 'нет новостей 47 дней при норме 7',
    })
    expect(stale.news7.light).toBe('red')
    expect(stale.news90).toMatchObject({ light: 'amber', value: 1 })
    expect(stale.socials).toMatchObject({
      light: 'red',
      reason: expect.stringContaining('при 1500 членах'),
    })
    expect(stale.infoOfficer.light).toBe('red')
    expect(stale.contacts.light).toBe('red')
    expect(stale.collectiveAgreement.light).toBe('red')
    expect(stale.site).toMatchObject({ light: 'red', reason: 'сайт не опубликован' })
    expect(stale.feedbackForm.light).toBe('red')
    expect(stale.answerTime.light).toBe('none')
    expect(stale.subscribers.light).toBe('amber')
    expect(stale.stand.light).toBe('green') // the world's fresh items from above are on its stand
    expect(stale.proposals).toMatchObject({ light: 'amber', value: 0 })
    expect(stale.lastNews.fix).toMatch(/Опубликуйте/)
  })

  it('a good ППО: green at exactly the targets; inquiries median and share; documents', async () => {
    const { rows } = await asUser('terAdmin', world.orgs.terA)
    const good = rowOf(rows, crafted.good).indicators
    for (const id of [
      'news7',
      'news30',
      'news90',
      'lastNews',
      'contacts',
      'infoOfficer',
      'socials',
      'collectiveAgreement',
      'publicReport',
      'subscribers',
    ] as const)
      expect([id, good[id].light]).toEqual([id, 'green'])
    expect(good.news90.value).toBe(12)
    expect(good.answerTime).toMatchObject({ light: 'green', value: 1.3 }) // median of 10, 30, 100 hours
    expect(good.answeredInTime).toMatchObject({
      light: 'amber',
      reason: 'в срок отвечено 2 из 3 (67%) при норме 80%',
    })
    expect(good.hotline.light).toBe('none')
    expect(good.visits30).toMatchObject({ light: 'none', reason: 'нет данных о посещениях' })
  })

  it('the site: a live host colours its owner and its section ППО, not the others', async () => {
    const { rows } = await asUser('terAdmin', world.orgs.terA)
    expect(rowOf(rows, world.orgs.terA).indicators.site.light).toBe('green')
    expect(rowOf(rows, world.orgs.ppoA2).indicators.site).toMatchObject({
      light: 'green',
      reason: 'раздел на сайте вышестоящей опубликован',
    })
    expect(rowOf(rows, world.orgs.ppoA1).indicators.site.light).toBe('red')
  })

  it('the review backlog: the oldest waiting item, not hidden or mandatory ones; green once accepted', async () => {
    const before = rowOf(
      (await asUser('terAdmin', world.orgs.terA)).rows,
      crafted.reviewer,
    ).indicators
    expect(before.reviewBacklog).toMatchObject({ light: 'amber', value: 5 })
    expect(
      rowOf((await asUser('terAdmin', world.orgs.terA)).rows, crafted.good).indicators.reviewBacklog
        .light,
    ).toBe('none')
    await payload.create({
      collection: 'feed-decisions',
      data: { post: crafted.waiting, action: 'accept', organization: crafted.reviewer } as never,
      depth: 0,
    })
    const after = rowOf(
      (await asUser('terAdmin', world.orgs.terA)).rows,
      crafted.reviewer,
    ).indicators
    expect(after.reviewBacklog).toMatchObject({ light: 'green', value: 0 })
  })

  it('the network’s thresholds: a ТООП needs a hotline; the federation’s settings move the social threshold', async () => {
    const fed = await asUser('platform', world.orgs.fed)
    expect(rowOf(fed.rows, world.orgs.toop).indicators.hotline).toMatchObject({
      light: 'red',
      reason: 'нет горячей линии, обязательной для уровня «ТООП»',
    })
    await payload.update({
      collection: 'organizations',
      id: world.orgs.fed,
      data: { monitoringSettings: { socialRequiredOver: 2000 } } as never,
    })
    const { rows } = await asUser('terAdmin', world.orgs.terA)
    expect(rowOf(rows, crafted.stale).indicators.socials).toMatchObject({
      light: 'none',
      reason: expect.stringContaining('не обязательна при 1500'),
    })
    await payload.update({
      collection: 'organizations',
      id: world.orgs.fed,
      data: { monitoringSettings: { socialRequiredOver: null } } as never,
    })
  })
})

describe('GET /api/monitoring/:orgId and scoping', () => {
  it('a Терком admin gets its whole subtree with roll-ups equal to the pure computation', async () => {
    const answer = await api.rest('GET', `/monitoring/${world.orgs.terA}`, {
      token: await token('terAdmin'),
    })
    expect(answer.status).toBe(200)
    const { rows } = await asUser('terAdmin', world.orgs.terA)
    const ids = rows.map((r) => r.id).sort()
    expect(ids).toEqual(
      [
        world.orgs.terA,
        world.orgs.ppoA1,
        world.orgs.ppoA2,
        crafted.stale,
        crafted.good,
        crafted.reviewer,
      ]
        .map(String)
        .sort(),
    )
    expect(answer.body.root.id).toBe(String(world.orgs.terA))
    expect(answer.body.rollups).toEqual([...rollups(rows, 'kind'), ...rollups(rows, 'child')])
    const ppo = rollups(rows, 'kind').find((r) => r.kind === 'primary_org')!
    expect(ppo.orgs).toBe(5)
    expect(ppo.indicators.collectiveAgreement).toEqual({ green: 1, amber: 0, red: 4, applies: 5 })
  })

  it('refuses a sibling’s or the parent’s subtree (REST 403, Local API Forbidden), in Russian', async () => {
    const terAdmin = await token('terAdmin')
    for (const id of [world.orgs.terB, world.orgs.unionA, world.orgs.fed]) {
      const answer = await api.rest('GET', `/monitoring/${id}`, { token: terAdmin })
      expect(answer.status).toBe(403)
      expect(answer.body.errors[0].message).toMatch(/недоступен/)
      await expect(asUser('terAdmin', id)).rejects.toMatchObject({ status: 403 })
    }
  })

  it('an editor of a ППО sees its own row only; anonymous 401; a bad id 400, an unknown one 404', async () => {
    const own = await asUser('ppoEditor', world.orgs.ppoA1)
    expect(own.rows.map((r) => r.id)).toEqual([String(world.orgs.ppoA1)])
    expect(
      (await api.rest('GET', `/monitoring/${world.orgs.terA}`, { token: await token('ppoEditor') }))
        .status,
    ).toBe(403)
    const anonymous = await api.rest('GET', `/monitoring/${world.orgs.terA}`)
    expect([anonymous.status, anonymous.body.errors[0].message]).toEqual([
      401,
      'Войдите в систему.',
    ])
    const bad = await api.rest('GET', '/monitoring/abc', { token: await token('platform') })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/[а-я]/)
    const unknown = await api.rest('GET', '/monitoring/99999999', {
      token: await token('platform'),
    })
    expect([unknown.status, unknown.body.errors[0].message]).toEqual([
      404,
      'Организация не найдена.',
    ])
  })

  it('a Терком admin cannot change the network’s thresholds (REST PATCH, GraphQL, Local API)', async () => {
    const terAdmin = await token('terAdmin')
    const answer = await api.rest('PATCH', `/organizations/${world.orgs.fed}`, {
      token: terAdmin,
      body: { monitoringSettings: { news7Target: 0 } },
    })
    expect(answer.status).toBe(403)
    const graphql = await api.graphql(
      `mutation { updateOrganization(id: ${world.orgs.fed}, data: { monitoringSettings: { news7Target: 0 } }) { id } }`,
      terAdmin,
    )
    expect(graphql.body.errors?.[0]?.message).toBeTruthy()
    await expect(
      payload.update({
        collection: 'organizations',
        id: world.orgs.fed,
        data: { monitoringSettings: { news7Target: 0 } } as never,
        user: await userDoc('terAdmin'),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const fed = await payload.findByID({
      collection: 'organizations',
      id: world.orgs.fed,
      depth: 0,
    })
    expect(fed.monitoringSettings?.news7Target ?? null).toBeNull()
  })
})
