import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { CHROMIUM_FLAGS, chromiumPath } from '../../config/chromium'
import { moscowDay } from '../../domain/visits/moscowDay'
import { visitsLast30 } from '../../cms/monitoring/visitsLast30'
import { aggregateVisitLog } from '../../cms/visits/aggregateVisitLog'
import { startPreviewServer } from '../../serving/previewServer'
import { apiClient } from '../helpers/apiClient'
import { runQueuedJobs } from '../helpers/runQueuedJobs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * Visit statistics (issue 18): a known access log (tests/fixtures/visits/, nginx's union_sites
 * format) counted exactly into site-visits and site-referrers — humans only, HTML pages only,
 * 2xx/304 only, per org (two sites, a section), page and Moscow day — across a rotation, once
 * however often the job runs; the figures open only to the org's own staff and those above.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/visits')
const DAY = moscowDay(new Date(Date.now() - 2 * 86_400_000))
const NEXT = moscowDay(new Date(Date.now() - 86_400_000))
const fixture = (name: string) =>
  readFileSync(path.join(FIXTURES, name), 'utf8')
    .replaceAll('{DAY}', DAY)
    .replace('{JUNK}', 'a'.repeat(10_000))

let t: TestPayload
let payload: Payload
let world: World
let dir: string
let log: string
const api = () => apiClient(payload)

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  dir = mkdtempSync(path.join(tmpdir(), 'union-sites-visits-'))
  log = path.join(dir, 'access.log')
}, 120_000)

afterAll(async () => {
  delete process.env.ACCESS_LOG
  if (dir) rmSync(dir, { recursive: true, force: true })
  await t?.close()
})

const run = async () => aggregateVisitLog(await createLocalReq({}, payload), log)

/** Every stored row as `org|day|path → views/visits`, org by the world's key. */
async function stored() {
  const name = new Map(Object.entries(world.orgs).map(([k, id]) => [String(id), k]))
  const visits = await payload.find({
    collection: 'site-visits',
    limit: 0,
    pagination: false,
    depth: 0,
  })
  const refs = await payload.find({
    collection: 'site-referrers',
    limit: 0,
    pagination: false,
    depth: 0,
  })
  return {
    pages: Object.fromEntries(
      visits.docs.map((d) => [
        `${name.get(String(d.org))}|${d.day}|${d.path}`,
        `${d.views}/${d.visits}`,
      ]),
    ),
    referrers: Object.fromEntries(
      refs.docs.map((d) => [`${name.get(String(d.org))}|${d.day}|${d.domain}`, d.visits]),
    ),
  }
}

const EXPECTED_PAGES = {
  [`terA|${DAY}|/`]: '3/3',
  [`terA|${DAY}|/news/`]: '3/2',
  [`terA|${DAY}|/about/`]: '1/1',
  [`terA|${DAY}|/etc/passwd`]: '1/1',
  [`terA|${NEXT}|/`]: '1/1',
  [`ppoA2|${DAY}|/org/ppo-a2/`]: '1/1',
  [`ppoA2|${DAY}|/org/ppo-a2/news/`]: '1/0',
  [`ppoA1|${DAY}|/`]: '1/1',
  [`unionB|${DAY}|/`]: '1/1',
}
const EXPECTED_REFERRERS = {
  [`terA|${DAY}|yandex.ru`]: 1,
  [`terA|${DAY}|t.me`]: 1,
  [`ppoA2|${DAY}|vk.com`]: 1,
  [`unionB|${DAY}|mail.example.ru`]: 1,
}

describe('aggregating the access log', () => {
  it('counts a known log exactly across a rotation, and a second run counts nothing again', async () => {
    writeFileSync(log, fixture('access.log'))
    const first = await run()
    // The garbage line is skipped, not fatal; the rest are read.
    expect(first).toMatchObject({ lines: 26, malformed: 1 })
    // Written after the first run, then the file is rotated (renamed) and a new one begun.
    appendFileSync(log, fixture('appended-before-rotation.log'))
    renameSync(log, `${log}.1`)
    writeFileSync(log, fixture('after-rotation.log') + fixture('torn-line.log'))
    process.env.ACCESS_LOG = log
    await payload.jobs.queue({ task: 'aggregateVisits', input: {} })
    await runQueuedJobs(payload)
    const again = await run()
    expect(again).toEqual({ lines: 0, views: 0, malformed: 0 })
    const { pages, referrers } = await stored()
    expect(pages).toEqual(EXPECTED_PAGES)
    expect(referrers).toEqual(EXPECTED_REFERRERS)
  })

  it('counts a torn last line once it is complete, and survives truncation in place', async () => {
    appendFileSync(log, `" 200 5120 "-" "Mozilla/5.0 (Windows NT 10.0) Firefox/133.0"\n`)
    expect(await run()).toMatchObject({ lines: 1, views: 1 })
    expect((await stored()).pages[`terA|${DAY}|/`]).toBe('4/4')
    // copytruncate: the same inode, shorter: read from its start.
    writeFileSync(log, fixture('appended-before-rotation.log'))
    expect(await run()).toMatchObject({ lines: 1, views: 1 })
    expect((await stored()).pages[`terA|${DAY}|/`]).toBe('5/5')
  })

  it('two runs at once count a line once', async () => {
    appendFileSync(log, fixture('appended-before-rotation.log'))
    const results = await Promise.all([run(), run()])
    expect(results.map((r) => r.views).sort()).toEqual([0, 1])
    expect((await stored()).pages[`terA|${DAY}|/`]).toBe('6/6')
  })

  it('stores nothing personal: no query, no full referer URL, paths inside the site', async () => {
    const { pages, referrers } = await stored()
    for (const key of Object.keys(pages)) {
      const page = key.split('|')[2]!
      expect(page.startsWith('/')).toBe(true)
      expect(page).not.toMatch(/\.\.|\?|\x00/)
      expect(page.length).toBeLessThanOrEqual(300)
    }
    for (const key of Object.keys(referrers)) expect(key.split('|')[2]).toMatch(/^[a-z0-9.-]+$/)
  })

  it('visitsLast30 sums each org’s visits in one grouped query', async () => {
    const ids = Object.values(world.orgs)
    const totals = await visitsLast30(payload, ids)
    expect(totals.get(String(world.orgs.terA))).toBe(11)
    expect(totals.get(String(world.orgs.ppoA2))).toBe(1)
    expect(totals.get(String(world.orgs.unionB))).toBe(1)
    expect(totals.has(String(world.orgs.fed))).toBe(false)
    // More ids than SQLite or PostgreSQL bind as parameters: still one query, same answer.
    const many = [...ids, ...Array.from({ length: 70_000 }, (_, i) => 1_000_000 + i)]
    expect(await visitsLast30(payload, many)).toEqual(totals)
    // A month later those days have left the window.
    const later = await visitsLast30(payload, ids, new Date(Date.now() + 40 * 86_400_000))
    expect(later.size).toBe(0)
  })
})

describe('who sees the figures', () => {
  const token = (key: keyof World['users']) => api().login(world.users[key].email, PASSWORD)
  const orgsIn = (docs: { org: unknown }[]) =>
    [
      ...new Set(
        docs.map((d) => String(typeof d.org === 'object' ? (d.org as { id: unknown }).id : d.org)),
      ),
    ].sort()
  const ids = (...keys: (keyof World['orgs'])[]) => keys.map((k) => String(world.orgs[k])).sort()

  it('REST: an org’s editors see its rows, a subtree admin its subtree’s, nobody else any', async () => {
    const get = async (key: keyof World['users']) =>
      (await api().rest('GET', '/site-visits?limit=100&depth=0', { token: await token(key) })).body
    expect(orgsIn((await get('ppoEditor')).docs)).toEqual(ids('ppoA1'))
    expect(orgsIn((await get('terAdmin')).docs)).toEqual(ids('terA', 'ppoA1', 'ppoA2'))
    expect(orgsIn((await get('unionBEditor')).docs)).toEqual(ids('unionB'))
    expect((await get('fedEditor')).docs).toEqual([])
    expect(orgsIn((await get('platform')).docs)).toEqual(ids('terA', 'ppoA1', 'ppoA2', 'unionB'))
    const anonymous = await api().rest('GET', '/site-visits')
    expect(anonymous.body.docs ?? []).toEqual([])
    const refs = await api().rest('GET', '/site-referrers?limit=100&depth=0', {
      token: await token('ppoEditor'),
    })
    expect(refs.body.docs).toEqual([])
    // A where naming another org's rows finds nothing beyond the scope either.
    const aimed = await api().rest(
      'GET',
      `/site-visits?where[org][equals]=${world.orgs.unionB}&depth=0`,
      { token: await token('terAdmin') },
    )
    expect(aimed.body.docs).toEqual([])
  })

  it('REST: nobody, the platform admin included, writes or deletes a figure', async () => {
    const admin = await token('platform')
    const [row] = (await payload.find({ collection: 'site-visits', limit: 1, depth: 0 })).docs
    const create = await api().rest('POST', '/site-visits', {
      token: admin,
      body: { org: world.orgs.fed, day: DAY, path: '/', views: 1000, visits: 1000 },
    })
    expect(create.status).toBe(403)
    const update = await api().rest('PATCH', `/site-visits/${row!.id}`, {
      token: admin,
      body: { views: 1_000_000 },
    })
    expect(update.status).toBe(403)
    const remove = await api().rest('DELETE', `/site-visits/${row!.id}`, { token: admin })
    expect(remove.status).toBe(403)
    const cursors = await api().rest('GET', '/visit-log-cursors', {
      token: await token('terAdmin'),
    })
    expect(cursors.status).toBe(403)
    const after = await payload.findByID({ collection: 'site-visits', id: row!.id, depth: 0 })
    expect(after.views).toBe(row!.views)
  })

  it('GraphQL: the same scope, and no mutation', async () => {
    const query = '{ SiteVisits(limit: 100) { docs { org { id } path views } } }'
    const ter = await api().graphql(query, await token('terAdmin'))
    const seen = ter.body.data.SiteVisits.docs.map((d: { org: { id: unknown } }) =>
      String(d.org.id),
    )
    expect([...new Set(seen)].sort()).toEqual(ids('terA', 'ppoA1', 'ppoA2'))
    const mutation = await api().graphql(
      `mutation { createSiteVisit(data: { org: ${world.orgs.fed}, day: "${DAY}", path: "/", views: 5, visits: 5 }) { id } }`,
      await token('platform'),
    )
    expect(mutation.body.errors?.[0]?.message).toBeTruthy()
    expect(
      await payload.count({
        collection: 'site-visits',
        where: { org: { equals: world.orgs.fed } },
      }),
    ).toEqual({ totalDocs: 0 })
  })

  it('Local API with overrideAccess: false keeps to the user’s scope', async () => {
    const user = await payload.findByID({ collection: 'users', id: world.users.ppoEditor.id })
    const { docs } = await payload.find({
      collection: 'site-visits',
      overrideAccess: false,
      user,
      depth: 0,
      limit: 100,
    })
    expect(orgsIn(docs)).toEqual(ids('ppoA1'))
    await expect(
      payload.create({
        collection: 'site-visits',
        data: { org: world.orgs.ppoA1 as number, day: DAY, path: '/x/', views: 1, visits: 1 },
        overrideAccess: false,
        user,
      }),
    ).rejects.toThrow()
  })

  it('GET /organizations/:id/visits: the panel’s figures for those in scope, clear refusals otherwise', async () => {
    const ter = await token('terAdmin')
    const ok = await api().rest('GET', `/organizations/${world.orgs.terA}/visits?days=30`, {
      token: ter,
    })
    expect(ok.status).toBe(200)
    expect(ok.body.days).toHaveLength(30)
    expect(ok.body.totals).toEqual({ views: 12, visits: 11 })
    expect(ok.body.days.find((d: { day: string }) => d.day === DAY)).toEqual({
      day: DAY,
      views: 11,
      visits: 10,
    })
    expect(ok.body.pages[0]).toEqual({ path: '/', views: 7, visits: 7 })
    expect(ok.body.referrers).toEqual([
      { domain: 't.me', visits: 1 },
      { domain: 'yandex.ru', visits: 1 },
    ])
    const section = await api().rest('GET', `/organizations/${world.orgs.ppoA2}/visits?days=90`, {
      token: ter,
    })
    expect(section.body.totals).toEqual({ views: 2, visits: 1 })
    expect(section.body.days).toHaveLength(90)

    const other = await api().rest('GET', `/organizations/${world.orgs.unionB}/visits`, {
      token: ter,
    })
    expect(other.status).toBe(403)
    expect(other.body.errors[0].message).toMatch(/редакторы и администраторы/)
    const above = await api().rest('GET', `/organizations/${world.orgs.terA}/visits`, {
      token: await token('ppoEditor'),
    })
    expect(above.status).toBe(403)
    expect((await api().rest('GET', `/organizations/${world.orgs.terA}/visits`)).status).toBe(401)
    const period = await api().rest('GET', `/organizations/${world.orgs.terA}/visits?days=100000`, {
      token: ter,
    })
    expect(period.status).toBe(400)
    expect(period.body.errors[0].message).toMatch(/Период/)
    const junk = await api().rest('GET', `/organizations/${'1'.repeat(40)}/visits`, { token: ter })
    expect(junk.status).toBe(404)
  })
})

describe('an org deleted', () => {
  it('takes its counts with it (no orphan rows, no refused delete)', async () => {
    const org = await payload.create({
      collection: 'organizations',
      data: {
        name: 'ППО на удаление',
        slug: 'ppo-gone',
        kind: 'primary_org',
        parent: world.orgs.terB,
      } as never,
      depth: 0,
    })
    const counts = { org: org.id, day: DAY }
    await payload.create({
      collection: 'site-visits',
      data: { ...counts, path: '/', views: 2, visits: 1 },
    })
    await payload.create({
      collection: 'site-referrers',
      data: { ...counts, domain: 'vk.com', visits: 1 },
    })
    await payload.delete({ collection: 'organizations', id: org.id })
    for (const collection of ['site-visits', 'site-referrers'] as const)
      expect(await payload.count({ collection, where: { org: { equals: org.id } } })).toEqual({
        totalDocs: 0,
      })
  })
})

describe('a reader in Chromium on the preview server', () => {
  /** A desktop Chrome's user agent: Playwright's HeadlessChrome is a bot to isbot. */
  const READER_UA =
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

  it('is counted at every page opened, the same page again within a minute too', async () => {
    // The territorial org's site as the publisher lays it out: one folder per page.
    const sites = path.join(dir, 'sites')
    for (const [folder, title] of [
      ['', 'Главная'],
      ['news', 'Новости'],
    ] as const) {
      mkdirSync(path.join(sites, 'ter-a.fed.localhost', folder), { recursive: true })
      writeFileSync(
        path.join(sites, 'ter-a.fed.localhost', folder, 'index.html'),
        `<!doctype html><html lang="ru"><title>${title}</title><a href="/">Главная</a></html>`,
      )
    }
    const readerLog = path.join(dir, 'reader.log')
    const server = await startPreviewServer({
      outDir: sites,
      mediaDir: path.join(dir, 'media'),
      port: 0,
      accessLog: readerLog,
    })
    // Closed below to flush the log; here too when the test fails before that.
    onTestFinished(() => server.close().catch(() => undefined))
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
    onTestFinished(() => browser.close())
    const page = await (await browser.newContext({ userAgent: READER_UA })).newPage()
    const site = (p: string) => `http://ter-a.fed.localhost:${server.port}${p}`
    // In from VK, on to the news, then back to the home page from Yandex seconds later: three
    // pages opened, two visits, the home page twice. Chromium keeps the home page it was sent;
    // the second opening is a view only if it asks the server again (a 304, logged) instead of
    // showing its copy unasked, as it did while pages were sent `max-age=60`.
    for (const [p, referer] of [
      ['/', 'http://vk.com/wall-1_2'],
      ['/news/', site('/')],
      ['/', 'http://yandex.ru/search/?text=ter-a'],
    ] as const) {
      const response = await page.goto(site(p), { referer, waitUntil: 'load' })
      expect(response?.ok(), p).toBe(true)
    }
    await browser.close()
    // Closing the server writes out every line it has queued.
    await server.close()
    const today = moscowDay(new Date())

    process.env.ACCESS_LOG = readerLog
    await payload.jobs.queue({ task: 'aggregateVisits', input: {} })
    await runQueuedJobs(payload)
    const { pages, referrers } = await stored()
    expect(pages[`terA|${today}|/`], readFileSync(readerLog, 'utf8')).toBe('2/2')
    expect(pages[`terA|${today}|/news/`]).toBe('1/0')
    expect(referrers[`terA|${today}|vk.com`]).toBe(1)
    expect(referrers[`terA|${today}|yandex.ru`]).toBe(1)
  })
})
