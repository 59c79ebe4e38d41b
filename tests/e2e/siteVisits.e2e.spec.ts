import type { APIRequestContext, Browser } from '@playwright/test'
import { moscowDay } from '../../domain/visits/moscowDay'
import type { VisitStats } from '../../cms/visits/visitStats'
import { DEMO_LOGINS, signIn } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * «Посещаемость» (issue 18) end to end, without cookies: a reader in Chromium and a search
 * robot open pages of a demo ППО's site on the stack's preview server, which writes them to its
 * access log; the scheduled job `aggregateVisits` counts the log (run at once through Payload's
 * jobs API rather than at its five-minute period); the Терком's admin opens the ППО in the admin
 * and sees the day's visits and views in the chart and its table, the top pages and the
 * referring sites — the robot's pages nowhere. No other spec opens this site, so every figure is
 * exact. The reader opens the home page twice within seconds: pages are sent `no-cache`, so the
 * second opening reaches the server (a 304) and the log (with `max-age=60` Chromium showed its
 * cached copy without asking, and the job counted 3 views of 4).
 */
const HOST = 'razrez-vostochny.localhost'
/** A desktop Chrome's user agent: Playwright's own says HeadlessChrome, which isbot drops. */
const READER_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const ROBOT_UA = 'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)'

let stack: PublishingStack
let api: string

test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 60_000 })
test.beforeAll(async ({ stack: shared }) => {
  test.setTimeout(900_000)
  stack = shared
  api = stack.adminUrl.replace(/\/admin$/, '/api')
})

const site = (path: string) => `http://${HOST}:${stack.sitesPort}${path}`

/** Opens `paths` in one browser context with `userAgent`, each with its Referer (or none). */
async function browse(
  browser: Browser,
  userAgent: string,
  visits: readonly { path: string; referer?: string }[],
) {
  const context = await browser.newContext({ userAgent, locale: 'ru-RU' })
  const page = await context.newPage()
  for (const { path, referer } of visits) {
    const response = await page.goto(site(path), { referer, waitUntil: 'load' })
    // Also 200 when the server answered 304 to Chromium's revalidation of the page it holds.
    expect(response?.status(), path).toBe(200)
  }
  await context.close()
}

/**
 * The first request of the API compiles its route under `next dev`: minutes on a busy machine,
 * past Node fetch's five-minute wait for headers; Playwright's request waits as long as asked.
 */
const SLOW = { timeout: 600_000 }

async function apiGet<T>(request: APIRequestContext, jwt: string, path: string): Promise<T> {
  const response = await request.get(`${api}${path}`, {
    ...SLOW,
    headers: { Authorization: `JWT ${jwt}` },
  })
  expect(response.status(), path).toBe(200)
  return (await response.json()) as T
}

test('a reader’s visits reach «Посещаемость» through the access log and the job; a robot’s do not', async ({
  browser,
  request,
}) => {
  // Compiling the API and the org's page under `next dev`, when no spec before did.
  test.setTimeout(900_000)
  const started = performance.now()
  const phases: string[] = []
  const phase = (name: string) =>
    phases.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`)
  // The reader: in from VK, on to the contacts from the home page, back later from Yandex, and
  // once typing the address (no referer). Three visits, four views, two referring sites. (Plain
  // http referers: Chromium would drop an https one on the way to an http site.)
  await browse(browser, READER_UA, [
    { path: '/', referer: 'http://vk.com/wall-1_2' },
    { path: '/contacts/', referer: site('/') },
    { path: '/', referer: 'http://yandex.ru/search/?text=razrez' },
    { path: '/structure/' },
  ])
  // The robot: the same kind of visits, none of them counted.
  await browse(browser, ROBOT_UA, [
    { path: '/', referer: 'http://robot-referrer.example/' },
    { path: '/contacts/', referer: site('/') },
    { path: '/search/' },
  ])
  const today = moscowDay(new Date())
  phase('browsed')
  // The job now, as its schedule would run it (booting Payload takes seconds: meanwhile, the
  // API). Done when the script ends.
  const job = stack.runTaskNow('aggregateVisits')
  job.catch(() => undefined) // awaited below; not an unhandled rejection if a step before fails

  const login = await request.post(`${api}/users/login`, { ...SLOW, data: DEMO_LOGINS.terkomAdmin })
  expect(login.status()).toBe(200)
  const jwt = ((await login.json()) as { token: string }).token
  const { docs } = await apiGet<{ docs: { id: number }[] }>(
    request,
    jwt,
    '/organizations?where[slug][equals]=razrez-vostochny&depth=0&limit=1&select[slug]=true',
  )
  const org = docs[0]!
  phase('API answered')
  console.log(`[siteVisits] ${await job}`)
  phase('job done')
  const stats = () => apiGet<VisitStats>(request, jwt, `/organizations/${org.id}/visits?days=30`)
  const counted = await stats()
  expect(counted.totals).toEqual({ visits: 3, views: 4 })
  expect(counted.days.at(-1)).toEqual({ day: today, visits: 3, views: 4 })
  expect(counted.pages).toEqual([
    { path: '/', views: 2, visits: 2 },
    { path: '/contacts/', views: 1, visits: 0 },
    { path: '/structure/', views: 1, visits: 1 },
  ])
  expect(counted.referrers).toEqual([
    { domain: 'vk.com', visits: 1 },
    { domain: 'yandex.ru', visits: 1 },
  ])

  // The panel on the ППО's page in the admin shows the same.
  const context = await browser.newContext({ locale: 'ru-RU' })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  await signIn(page, stack.adminUrl, DEMO_LOGINS.terkomAdmin)
  await page.goto(`${stack.adminUrl}/collections/organizations/${org.id}`)
  // The panel has a tab of its own on the organization form; a click before hydration is lost.
  await page.waitForLoadState('networkidle', { timeout: 300_000 })
  await page.getByRole('button', { name: 'Посещаемость', exact: true }).click({ timeout: 300_000 })
  const panel = page.locator('section[aria-labelledby="site-visits-title"]')
  await expect(panel.getByRole('heading', { name: 'Посещаемость сайта' })).toBeVisible({
    timeout: 300_000,
  })
  await expect(panel).toContainText('За 30 дней: визитов — 3, просмотров — 4.', {
    timeout: 120_000,
  })
  // The chart per day (an SVG drawn on the server) and its table, today's row with the figures.
  await expect(panel.locator('figure svg')).toHaveCount(1)
  await panel.getByText('Таблица по дням').click()
  const dayTable = panel.getByRole('table', { name: 'Визиты и просмотры по дням' })
  await expect(dayTable.locator('tbody tr')).toHaveCount(30)
  await expect(dayTable.getByRole('row', { name: today })).toHaveText(`${today}34`)
  const topPages = panel.getByRole('table', { name: 'Популярные страницы' })
  await expect(topPages.locator('tbody tr')).toHaveText(['/22', '/contacts/10', '/structure/11'])
  const referrers = panel.getByRole('table', { name: 'Откуда приходят (сайты)' })
  await expect(referrers.locator('tbody tr')).toHaveText(['vk.com1', 'yandex.ru1'])
  await expect(panel).not.toContainText('robot-referrer.example')
  await expect(panel).not.toContainText('/search/')
  expect(problems).toEqual([])
  await context.close()
  phase('panel checked')
  console.log(`[siteVisits] ${phases.join(', ')}`)
})
