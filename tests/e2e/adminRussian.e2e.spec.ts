import type { Page } from '@playwright/test'
import { DEMO_LOGINS, signIn, type Login } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import { foreignWords } from './helpers/foreignWords'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * The admin speaks Russian (issue 19): every screen a demo role reaches from its menu — each
 * list, its «Создать» form and its first document, the dashboard and the account — is read in
 * Chromium, text and placeholders, labels and titles; a Latin word outside the allow-list or a
 * broken template («[object Object]», «{{») fails the role, naming the screen.
 */
let stack: PublishingStack

test.describe.configure({ mode: 'serial' })
test.beforeAll(async ({ stack: shared }) => {
  stack = shared
})

/** Everything a reader sees or hears on the page: its text and the words in its attributes. */
async function screenWords(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle', { timeout: 300_000 })
  const text = await page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[placeholder], [aria-label], [title]')].flatMap(
      (el) => ['placeholder', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? ''),
    )
    return [document.body.innerText, document.title, ...attrs].join('\n')
  })
  return foreignWords(text)
}

/** The admin paths a role's menu leads to, then each list's «Создать» form and first document. */
async function screensOf(page: Page): Promise<string[]> {
  const admin = new URL(stack.adminUrl).pathname
  const menu = await page
    .locator(`nav a[href^="${admin}"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  const screens = new Set([admin, `${admin}/account`, ...menu])
  for (const list of menu.filter((href) => href.includes('/collections/'))) {
    await page.goto(new URL(list, stack.adminUrl).href)
    await page.waitForLoadState('networkidle', { timeout: 300_000 })
    if ((await page.locator(`a[href="${list}/create"]`).count()) > 0) screens.add(`${list}/create`)
    const first = await page.locator(`tbody tr a[href^="${list}/"]`).first()
    if ((await first.count()) > 0) screens.add((await first.getAttribute('href')) ?? list)
  }
  return [...screens]
}

async function walk(page: Page, who: Login): Promise<Record<string, string[]>> {
  await signIn(page, stack.adminUrl, who)
  const foreign: Record<string, string[]> = {}
  for (const screen of await screensOf(page)) {
    await page.goto(new URL(screen, stack.adminUrl).href)
    const words = await screenWords(page)
    if (words.length > 0) foreign[screen] = words
  }
  return foreign
}

for (const role of ['platformAdmin', 'ppoEditor'] as const) {
  test(`every screen of the ${role} demo account is in Russian`, async ({ page }) => {
    test.setTimeout(1_200_000)
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
    const started = Date.now()
    const foreign = await walk(page, DEMO_LOGINS[role])
    console.log(`[adminRussian] ${role}: walked in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    expect(foreign).toEqual({})
    expect(problems).toEqual([])
  })
}
