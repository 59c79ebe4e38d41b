import type { Locator, Page } from '@playwright/test'
import { DEMO_LOGINS, signIn } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import { axeViolations } from './helpers/axe'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * The review inbox (issues 18, 19) in Chromium on the seeded demo: the ППО editor opens
 * «Входящие» (axe: no violations), hides an item that came from above, pins it, and undoes
 * both with one click each; a mandatory item offers no «Скрыть» and says why.
 */
let stack: PublishingStack

test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 60_000 })
test.beforeAll(async ({ stack: shared }) => {
  test.setTimeout(900_000)
  stack = shared
})

/** Clicks a row's button; the form posts to the endpoint, which redirects back to the inbox. */
async function press(page: Page, row: Locator, name: string) {
  // The admin's client finishes its own requests first: a navigation cutting a server
  // component's stream would end it with "Connection closed." in the page.
  await page.waitForLoadState('networkidle')
  const answered = page.waitForResponse(
    (r) => r.url().includes('/api/incoming/') && r.request().method() === 'POST',
    { timeout: 120_000 },
  )
  await row.getByRole('button', { name: new RegExp(`^${name}`) }).click()
  expect((await answered).status()).toBe(303)
  await page.waitForURL(/\/admin\/incoming\?.*done=/, { timeout: 120_000 })
  await page.waitForLoadState('load')
}

test('the ППО editor hides, pins and un-hides an incoming item', async ({ browser }) => {
  test.setTimeout(900_000)
  const context = await browser.newContext({ locale: 'ru-RU' })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  // The link's number is asked by the browser once the page is drawn (the page never waits).
  // Only the status is read from the browser's response: its body can be gone by the time the
  // test reads it (a full e2e run read null), so the body is asked again below.
  const counts: { status: number; url: string }[] = []
  page.on('response', (r) => {
    if (/\/api\/incoming\/\d+\/count$/.test(r.url()))
      counts.push({ status: r.status(), url: r.url() })
  })
  await signIn(page, stack.adminUrl, DEMO_LOGINS.ppoEditor)

  await expect(page.locator('#nav-incoming')).toHaveAttribute('href', '/admin/incoming')
  await expect.poll(() => counts.length, { timeout: 120_000 }).toBeGreaterThan(0)
  expect(counts[0]!.status).toBe(200)
  // The same request from the page itself (its session cookie counts only from the admin's own
  // origin): what the link shows.
  const again = await page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'include' })
    return { status: res.status, body: (await res.json()) as unknown }
  }, counts[0]!.url)
  expect(again).toEqual({ status: 200, body: { waiting: expect.any(Number) } })
  await page.goto(new URL('/admin/incoming', stack.adminUrl).href)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Входящие материалы', {
    timeout: 300_000,
  })
  expect(await axeViolations(page)).toEqual([])

  const rows = page.locator('tbody tr')
  expect(await rows.count(), 'the demo ППО receives items from above').toBeGreaterThan(0)
  const mandatory = rows.filter({ hasText: 'обязательный' })
  if ((await mandatory.count()) > 0) {
    await expect(mandatory.first()).toContainText(
      'Материал обязателен для сайтов ниже: скрыть его нельзя',
    )
    await expect(mandatory.first().getByRole('button', { name: /^Скрыть/ })).toHaveCount(0)
  }
  const candidate = rows.filter({ has: page.getByRole('button', { name: /^Скрыть/ }) }).first()
  const post = await candidate.getAttribute('data-post')
  const row = page.locator(`tbody tr[data-post="${post}"]`)

  await press(page, row, 'Скрыть')
  await expect(row).toContainText('скрыт')
  // The view's own notice (Payload's drag-and-drop live region is a second, empty status).
  await expect(page.getByRole('status').filter({ hasText: 'Готово' })).toContainText(
    'изменено материалов — 1',
  )

  await press(page, row, 'Закрепить')
  await expect(row).toContainText('закреплён')

  await press(page, row, 'Вернуть')
  await expect(row).not.toContainText('скрыт')
  await expect(row.getByRole('button', { name: /^Скрыть/ })).toHaveCount(1)
  await press(page, row, 'Открепить')
  await expect(row).not.toContainText('закреплён')
  expect(await axeViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await context.close()
})
