import type { Page } from '@playwright/test'
import { DEMO_LOGINS, signIn } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * The news list's search box in Chromium (issue 19): case and ё/е do not matter, on the demo's
 * embedded database (SQLite, whose LIKE folds only Latin letters). The federation's editor
 * types each spelling; the list must show the same news for all of them, and not none.
 */
let stack: PublishingStack

test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 60_000 })
test.beforeAll(async ({ stack: shared }) => {
  stack = shared
})

/** The titles the list shows once the search box has asked for `query`. */
async function search(page: Page, query: string): Promise<string[]> {
  const box = page.locator('#search-filter-input')
  await box.fill(query)
  await page.waitForURL((url) => url.searchParams.get('search') === query, { timeout: 60_000 })
  // The list is re-rendered by the server for the new URL; it is current once the page is idle.
  await page.waitForLoadState('networkidle')
  const rows = page.locator('table tbody tr')
  return (await rows.locator('td.cell-title').allInnerTexts()).map((t) => t.trim()).sort()
}

test('a search finds the same news whatever the case and ё/е', async ({ browser }) => {
  test.setTimeout(600_000)
  const page = await (await browser.newContext({ locale: 'ru-RU' })).newPage()
  await signIn(page, stack.adminUrl, DEMO_LOGINS.platformAdmin)
  await page.goto(`${stack.adminUrl}/collections/posts?limit=100`)
  await page.locator('#search-filter-input').waitFor({ timeout: 300_000 })
  await page.waitForLoadState('networkidle')

  const lower = await search(page, 'коллективный')
  expect(lower.length).toBeGreaterThan(1)
  expect(await search(page, 'КОЛЛЕКТИВНЫЙ')).toEqual(lower)
  expect(await search(page, 'Коллективный')).toEqual(lower)

  const withYo = await search(page, 'молодёж')
  expect(withYo.length).toBeGreaterThan(0)
  expect(await search(page, 'МОЛОДЕЖ')).toEqual(withYo)
})
