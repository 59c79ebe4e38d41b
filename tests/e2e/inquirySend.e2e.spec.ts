import { expect, test } from './helpers/adminStack'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * The feedback form against the real CMS (issue 16): on a ППО site of the published demo, a reader
 * sends the form with JavaScript (ALTCHA solved in the browser, JSON answer) and without it (a
 * plain POST, 303), both through the site's own host (the preview server forwards `/_forms/` to
 * the admin's `/api/forms/`), and lands on the confirmation page; the ППО's editor then finds
 * both inquiries through the REST API.
 */
const HOST = 'shkola-1234.localhost'
const WITH_JS = 'Прошу разъяснить, как оплачивается классное руководство (отправлено со скриптом).'
const WITHOUT_JS = 'Прошу разъяснить порядок оплаты замен уроков (отправлено без скрипта).'

let stack: PublishingStack

test.describe.configure({ mode: 'serial' })
test.beforeAll(({ stack: shared }) => {
  stack = shared
})

const site = (path: string) => `http://${HOST}:${stack.sitesPort}${path}`

test('with JavaScript: the proof of work, the post, the confirmation page', async ({ page }) => {
  test.setTimeout(300_000)
  await page.goto(site('/feedback/'))
  await page.locator('#inquiry-topic').selectOption('pay')
  await page.locator('#inquiry-message').fill(WITH_JS)
  await page.locator('#inquiry-name').fill('Ольга Смирнова')
  await page.locator('#inquiry-email').fill('olga@example.ru')
  await page.locator('#inquiry-consent').check()
  await page.getByRole('button', { name: 'Отправить обращение' }).click()
  await expect(page).toHaveURL(site('/feedback/sent/'), { timeout: 60_000 })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Обращение отправлено')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a plain POST: 303 to the confirmation page', async ({ page }) => {
    test.setTimeout(300_000)
    await page.goto(site('/feedback/'))
    await page.locator('#inquiry-topic').selectOption('rights')
    await page.locator('#inquiry-message').fill(WITHOUT_JS)
    await page.locator('#inquiry-name').fill('Пётр Иванов')
    await page.locator('#inquiry-phone').fill('+7 900 111-22-33')
    await page.locator('#inquiry-consent').check()
    await page.getByRole('button', { name: 'Отправить обращение' }).click()
    await expect(page).toHaveURL(site('/feedback/sent/'), { timeout: 240_000 })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Обращение отправлено')
  })
})

test("the ППО's editor finds both inquiries", async ({ request }) => {
  const api = stack.adminUrl.replace(/\/admin$/, '/api')
  const login = await request.post(`${api}/users/login`, {
    data: { email: 'editor@school-1234.demo', password: 'demo-ppo-2026' },
  })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  const found = await request.get(`${api}/inquiries?limit=50&depth=0&sort=-createdAt`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(found.ok()).toBe(true)
  const { docs } = (await found.json()) as { docs: { message: string; topic: string }[] }
  expect(docs.map((d) => [d.topic, d.message])).toEqual(
    expect.arrayContaining([
      ['pay', WITH_JS],
      ['rights', WITHOUT_JS],
    ]),
  )
})
