import type { Page } from '@playwright/test'
import { httpGet } from '../serve/helpers/httpGet'
import { apiAs } from './helpers/adminApi'
import { DEMO_LOGINS, signIn as signInOn, type Login } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import { axeViolations } from './helpers/axe'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * «Предложить выше» and the review (issue 19) in Chromium on the seeded demo: the editor of
 * ППО школы № 1234 proposes its published story to the Moscow city organization with one button;
 * that organization's admin opens «Предложенные материалы», sees the story's text and image,
 * accepts it with the default reach («только на нашем сайте»), and the story appears on the
 * city organization's site but not on the sibling ППО колледжа № 54's.
 */
const PPO = DEMO_LOGINS.ppoEditor
const PLATFORM = DEMO_LOGINS.platformAdmin
/** The demo has no admin of the city organization: the platform admin creates one here. */
const CITY_ADMIN = { email: 'e2e-admin@obr-moskva.demo', password: 'e2e-city-admin-2026' }
/**
 * The ППО's story, found by its slug: its title is read from the API when the test starts,
 * because lostUpdate.e2e (same stack, same ППО) renames this post.
 */
const STORY = {
  slug: 'obnovlennyy-profsoyuznyy-stend',
  text: 'В мае профком провёл короткий опрос',
}
const CITY = { slug: 'obr-moskva', name: 'Московская городская организация Профсоюза образования' }
const SIBLING_HOST = 'kolledzh-54.localhost'

let stack: PublishingStack
let api: string

test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 60_000 })
test.beforeAll(async ({ stack: shared }) => {
  test.setTimeout(900_000)
  stack = shared
  api = stack.adminUrl.replace(/\/admin$/, '/api')
})

const signIn = (page: Page, who: Login) => signInOn(page, stack.adminUrl, who)

const siteStatus = async (host: string, path: string) =>
  (await httpGet(stack.sitesPort, `${host}:${stack.sitesPort}`, path)).status

test('the ППО proposes its post; the city organization accepts it for its own site only', async ({
  browser,
}) => {
  test.setTimeout(900_000)
  const platform = await apiAs(api, PLATFORM)
  const city = (await platform(`/organizations?where[slug][equals]=${CITY.slug}&depth=0&limit=1`))
    .body.docs[0]
  const created = await platform('/users', {
    method: 'POST',
    body: {
      ...CITY_ADMIN,
      name: 'Администратор городской организации',
      grants: [{ organization: city.id, role: 'admin', subtree: true }],
    },
  })
  expect(created.status).toBe(201)
  const ppoApi = await apiAs(api, PPO)
  const story = (await ppoApi(`/posts?where[slug][equals]=${STORY.slug}&depth=0&limit=1`)).body
    .docs[0]
  expect(story?._status).toBe('published')

  // The ППО editor: one button on the post.
  const ppoContext = await browser.newContext({ locale: 'ru-RU' })
  const page = await ppoContext.newPage()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  await signIn(page, PPO)
  await page.goto(`${stack.adminUrl}/collections/posts/${story.id}`)
  const box = page.locator('#propose-upward')
  await expect(box).toBeVisible({ timeout: 300_000 })
  // A ППО with nobody below: no «Распространение» and no «Обязателен», and the reach line says
  // where the post goes.
  await expect(page.getByText('Только сайт вашей организации.')).toBeVisible({ timeout: 60_000 })
  await expect(page.locator('#field-reach__scope')).toHaveCount(0)
  await expect(page.locator('[id^="field-mandatory"]')).toHaveCount(0)
  const to = box.getByLabel('Кому')
  // The nearest first: the city organization, labelled with its level.
  await expect(to.locator('option').first()).toHaveText(
    `${CITY.name} — Территориальная организация профсоюза`,
  )
  await expect(to).toHaveValue(String(city.id))
  await box.getByRole('button', { name: 'Предложить' }).click()
  await expect(box.getByRole('status')).toContainText(`предложен организации «${CITY.name}»`, {
    timeout: 60_000,
  })
  await expect(box).toContainText(`${CITY.name}: ждёт решения`)
  expect(problems).toEqual([])
  await ppoContext.close()

  // The city organization's admin: the whole item, accepted for its own site by default.
  const cityContext = await browser.newContext({ locale: 'ru-RU' })
  const reviewer = await cityContext.newPage()
  reviewer.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  await signIn(reviewer, CITY_ADMIN)
  await expect(reviewer.locator('#nav-proposals-review')).toContainText('ждут решения')
  await reviewer.goto(`${stack.adminUrl}/proposals`)
  await expect(reviewer.getByRole('heading', { level: 1 })).toHaveText(
    'Предложенные вам материалы',
    { timeout: 300_000 },
  )
  const card = reviewer.locator('article.prp-card').filter({ hasText: story.title })
  await expect(card).toHaveCount(1)
  await expect(card.locator('.prp-body')).toContainText(STORY.text)
  const cover = card.locator('img.prp-cover')
  await expect(cover).toBeVisible()
  await expect
    .poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0)
  await expect(card.getByLabel('Только на нашем сайте')).toBeChecked()
  expect(await axeViolations(reviewer)).toEqual([])

  await reviewer.waitForLoadState('networkidle')
  const answered = reviewer.waitForResponse(
    (r) => r.url().includes('/decide') && r.request().method() === 'POST',
    { timeout: 120_000 },
  )
  await card.getByRole('button', { name: 'Принять' }).click()
  expect((await answered).status()).toBe(303)
  await reviewer.waitForURL(/\/admin\/proposals\?.*done=/, { timeout: 120_000 })
  await expect(reviewer.getByRole('status').filter({ hasText: 'принят' })).toContainText(
    'размещён на вашем сайте',
  )
  await expect(reviewer.locator('tbody tr').filter({ hasText: story.title })).toContainText(
    'Принято',
  )
  expect(problems).toEqual([])
  await cityContext.close()

  // The city organization's site shows it; the sibling ППО's site does not.
  await expect
    .poll(() => siteStatus(`${CITY.slug}.localhost`, `/news/${STORY.slug}/`), {
      timeout: 180_000,
      intervals: [500, 1000, 2000],
    })
    .toBe(200)
  expect(await siteStatus(SIBLING_HOST, `/news/${STORY.slug}/`)).toBe(404)
  const siblingNews = await httpGet(stack.sitesPort, `${SIBLING_HOST}:${stack.sitesPort}`, '/news/')
  expect(siblingNews.status).toBe(200)
  expect(siblingNews.body.toString('utf8')).not.toContain(story.title)
})
