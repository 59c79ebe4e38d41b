import type { Browser, Page } from '@playwright/test'
import { apiAs, type ApiAs } from './helpers/adminApi'
import { DEMO_LOGINS, signIn, type Login } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * The organization form split by what it changes (issue 19), in Chromium on the demo: the
 * Кузбасс territorial organization's admin saves a new reception time at once, while a new site
 * address first asks, naming the old and the new subdomain, and «Вернуться к правке» saves
 * nothing; the ППО's editor, who may not change the form, is told why and whom to ask.
 */
const TERKOM = { slug: 'ugol-kuzbass', newSlug: 'ugol-kuzbass-novyy' }
const PPO_SLUG = 'shkola-1234'

let stack: PublishingStack
let platform: ApiAs

test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 60_000 })
test.beforeAll(async ({ stack: shared }) => {
  stack = shared
  platform = await apiAs(stack.adminUrl.replace(/\/admin$/, '/api'), DEMO_LOGINS.platformAdmin)
})

const orgBySlug = async (slug: string) =>
  (await platform(`/organizations?where[slug][equals]=${slug}&depth=0&limit=1`)).body.docs[0]

async function openOrg(browser: Browser, who: Login, slug: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'ru-RU' })).newPage()
  await signIn(page, stack.adminUrl, who)
  await page.goto(`${stack.adminUrl}/collections/organizations/${(await orgBySlug(slug)).id}`)
  await page.locator('#field-name').waitFor({ timeout: 300_000 })
  // The form is interactive once hydrated; a click earlier would be lost.
  await page.waitForLoadState('networkidle', { timeout: 300_000 })
  return page
}

test('contacts save at once; a new site address asks first, naming both subdomains', async ({
  browser,
}) => {
  test.setTimeout(600_000)
  const page = await openOrg(browser, DEMO_LOGINS.terkomAdmin, TERKOM.slug)
  for (const tab of [
    'Сведения',
    'Контакты и соцсети',
    'Оформление',
    'Посещаемость',
    'Структура и адрес сайта',
  ])
    await expect(page.getByRole('button', { name: tab, exact: true })).toBeVisible()
  await expect(page.locator('#org-form-notice')).toHaveCount(0)

  // Everyday settings: no question.
  await page.getByRole('button', { name: 'Контакты и соцсети', exact: true }).click()
  const hours = page.locator('#field-contacts__receptionHours')
  await hours.fill('пн–чт 8:00–17:00, пт 8:00–16:00')
  await page.locator('#action-save').click()
  await expect
    .poll(async () => (await orgBySlug(TERKOM.slug))?.contacts?.receptionHours, {
      timeout: 60_000,
    })
    .toBe('пн–чт 8:00–17:00, пт 8:00–16:00')
  await expect(page.locator('.confirmation-modal')).toHaveCount(0)

  // The site's address: a confirmation that names what changes; going back saves nothing.
  await page.getByRole('button', { name: 'Структура и адрес сайта', exact: true }).click()
  await page.locator('#field-slug').fill(TERKOM.newSlug)
  await page.locator('#action-save').click()
  const modal = page.locator('.confirmation-modal')
  await expect(modal).toBeVisible({ timeout: 60_000 })
  await expect(modal).toContainText('Сохранить изменения структуры?')
  await expect(modal).toContainText(
    `поддомен «${TERKOM.slug}» станет «${TERKOM.newSlug}». Старые ссылки на сайт`,
  )
  await modal.getByRole('button', { name: 'Вернуться к правке' }).click()
  await expect(modal).toBeHidden()
  expect(await orgBySlug(TERKOM.slug)).toBeTruthy()
  expect(await orgBySlug(TERKOM.newSlug)).toBeUndefined()
})

test('the ППО editor sees why the form is read-only', async ({ browser }) => {
  test.setTimeout(600_000)
  const page = await openOrg(browser, DEMO_LOGINS.ppoEditor, PPO_SLUG)
  await expect(page.locator('#org-form-notice')).toContainText('Только для просмотра.')
  await expect(page.locator('#org-form-notice')).toContainText('меняют её администраторы')
})
