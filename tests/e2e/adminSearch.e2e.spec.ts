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

/** A search that finds nothing: the list empties before each real search (see `search`). */
const NOTHING = 'щщщ-нет-такого'

const rows = (page: Page) => page.locator('table tbody tr')

async function titles(page: Page): Promise<string[]> {
  return (await rows(page).locator('td.cell-title').allInnerTexts()).map((t) => t.trim()).sort()
}

async function ask(page: Page, query: string) {
  await page.locator('#search-filter-input').fill(query)
  await page.waitForURL((url) => url.searchParams.get('search') === query, { timeout: 60_000 })
}

/**
 * The titles the list shows once the search box has asked for `query`. The URL changes before
 * the server's new rows arrive, and an idle network does not prove they have (a CI run read the
 * previous search's rows that way). So the list is first emptied by a search that finds
 * nothing; rows seen after the real search are then its answer, read once two reads a second apart agree.
 */
async function search(page: Page, query: string): Promise<string[]> {
  await ask(page, NOTHING)
  await expect(rows(page)).toHaveCount(0, { timeout: 120_000 })
  await ask(page, query)
  await expect(rows(page).first()).toBeVisible({ timeout: 120_000 })
  let seen: string[] = []
  await expect
    .poll(
      async () => {
        const now = await titles(page)
        const still = now.join('\n') === seen.join('\n')
        seen = now
        return still
      },
      { intervals: [1_000], timeout: 60_000 },
    )
    .toBe(true)
  return seen
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
