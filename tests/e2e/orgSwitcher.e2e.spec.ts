import type { Page } from '@playwright/test'
import { DEMO_LOGINS, signIn } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * The organization switcher (issue 19) in Chromium on the seeded demo: the Kuzbass Терком's
 * admin, whose news list mixes the Терком's news and its ППО's, chooses the ППО of the «Рассвет»
 * mine in the side menu; the list then shows only that ППО's news, the home page's monitoring row
 * is the ППО's, and after a reload the choice is still there. The choice is reset at the end
 * (other specs sign in as the same admin).
 */
const PPO_NAME = 'Первичная профсоюзная организация АО «Шахта «Рассвет»»'
const PPO_NEWS = [
  'Молодёжный совет шахты «Рассвет» провёл свой первый турслёт',
  'Фоторепортаж: день охраны труда на шахте «Рассвет»',
]
const TERKOM_NEWS = 'Профсоюз проверил бытовые комбинаты шахт, разрезов и фабрик'

let stack: PublishingStack

test.describe.configure({ mode: 'serial' })
// Tall enough that the lists here fit on one screen (no cell waits to be scrolled to), and wide
// enough that Payload keeps the side menu, where the switcher is, open.
test.use({ actionTimeout: 60_000, viewport: { width: 1600, height: 2400 } })
test.beforeAll(async ({ stack: shared }) => {
  stack = shared
})

const switcher = (page: Page) => page.getByTestId('org-switcher')

/** The news list's rows as [title, organization], once the server has rendered it. */
async function newsRows(page: Page): Promise<[string, string][]> {
  await page.goto(`${stack.adminUrl}/collections/posts?limit=100`)
  const rows = page.locator('table tbody tr')
  await rows.first().waitFor({ timeout: 300_000 })
  await page.waitForLoadState('networkidle')
  // A relationship cell asks for its document only once it has been seen on screen (Payload's
  // cells watch the viewport; until then it reads «Без названия»), and a row scrolled past
  // quickly may not have been seen: each row is brought into view until its cell is named.
  const orgCells = rows.locator('td.cell-organization')
  for (const row of await rows.all()) {
    const cell = row.locator('td.cell-organization')
    await expect
      .poll(
        async () => {
          await row.scrollIntoViewIfNeeded()
          return cell.innerText()
        },
        { timeout: 60_000 },
      )
      .toContain('организац')
  }
  const titles = await rows.locator('td.cell-title').allInnerTexts()
  const orgs = await orgCells.allInnerTexts()
  return titles.map((title, i) => [title.trim(), (orgs[i] ?? '').trim()])
}

/** Chooses the option with `value` in the switcher and waits for the page it reloads. */
async function choose(page: Page, value: string) {
  const reloaded = page.waitForEvent('load', { timeout: 300_000 })
  await switcher(page).selectOption(value)
  await reloaded
  await page.waitForLoadState('networkidle')
}

test('the switcher narrows the news list to the chosen ППО, and the choice persists', async ({
  browser,
}) => {
  test.setTimeout(600_000)
  const page = await (await browser.newContext({ locale: 'ru-RU' })).newPage()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  await signIn(page, stack.adminUrl, DEMO_LOGINS.terkomAdmin)
  const api = stack.adminUrl.replace(/\/admin\/?$/, '/api')
  try {
    // Before: the Терком's own news and its ППО's, «Все мои организации» chosen.
    const before = await newsRows(page)
    expect(before.map(([title]) => title)).toEqual(
      expect.arrayContaining([TERKOM_NEWS, ...PPO_NEWS]),
    )
    await expect(switcher(page)).toHaveValue('')

    // Choose the ППО: the page reloads with the list narrowed to it.
    const option = switcher(page).locator('option', { hasText: 'ППО шахты «Рассвет»' })
    const ppoId = await option.getAttribute('value')
    expect(ppoId).toBeTruthy()
    await choose(page, ppoId!)
    await expect(switcher(page)).toHaveValue(ppoId!)
    const after = await newsRows(page)
    expect(after.map(([title]) => title)).toEqual(expect.arrayContaining(PPO_NEWS))
    expect(after.map(([title]) => title)).not.toContain(TERKOM_NEWS)
    for (const [title, org] of after) expect(org, title).toBe(PPO_NAME)

    // Still chosen after a reload, and the home page's monitoring row is the ППО's.
    await page.reload()
    await page.waitForLoadState('networkidle')
    await expect(switcher(page)).toHaveValue(ppoId!)
    expect((await newsRows(page)).map(([title]) => title).sort()).toEqual(
      after.map(([title]) => title).sort(),
    )
    await page.goto(stack.adminUrl)
    const own = page.locator('section[aria-labelledby="mon-own-title"]')
    await expect(own.locator('[data-org]')).toHaveCount(1, { timeout: 120_000 })
    await expect(own.locator('[data-org]')).toHaveAttribute('data-org', ppoId!)

    // «Все мои организации» again: the Терком's news are back.
    await choose(page, '')
    expect((await newsRows(page)).map(([title]) => title)).toContain(TERKOM_NEWS)
  } finally {
    // Other specs sign in as this admin: never leave the choice behind, even on failure.
    await page.request.post(`${api}/payload-preferences/org-choice`, {
      headers: { Origin: new URL(stack.adminUrl).origin },
      data: { value: { organization: null } },
    })
  }
  expect(problems).toEqual([])
})
