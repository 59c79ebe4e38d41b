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

// Each role on its own: one finding must not hide the other role's.
test.describe.configure({ mode: 'default' })
test.beforeAll(async ({ stack: shared }) => {
  stack = shared
})

/**
 * Chrome that Payload hard-codes in English and no option reaches (said in the closing note): the
 * toaster region's name («Notifications alt+T»), the list's «select-all» checkbox, a checkbox's
 * tooltip (its field's name) and the text editor's handles («Add block», «Drag to move», «Edit
 * link»). Their attributes are left out; any other English in them still counts.
 */
const UPSTREAM = ['Notifications', 'alt', 'select-all']
const UPSTREAM_ATTRIBUTES = 'input[type="checkbox"][title], .rich-text-lexical [aria-label]'

/**
 * Everything a reader sees or hears on the page: its text and the words in its attributes. The
 * cells of a list's rows are data (slugs, host names, job names), written as entered: left out.
 */
async function screenWords(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle', { timeout: 300_000 })
  const text = await page.evaluate((upstream) => {
    let body = document.body.innerText
    for (const cell of document.querySelectorAll<HTMLElement>('tbody td'))
      if (cell.innerText.trim()) body = body.replace(cell.innerText, ' ')
    const attrs = [...document.querySelectorAll('[placeholder], [aria-label], [title]')]
      .filter((el) => !el.closest('tbody td') && !el.matches(upstream))
      .flatMap((el) => ['placeholder', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? ''))
    return [body, document.title, ...attrs].join('\n')
  }, UPSTREAM_ATTRIBUTES)
  return foreignWords(text).filter((word) => !UPSTREAM.includes(word))
}

/**
 * The admin paths a role's menu leads to (not «Выйти»), then each list's «Создать» form and, with
 * `documents`, its first document.
 */
async function screensOf(page: Page, documents: boolean): Promise<string[]> {
  const admin = new URL(stack.adminUrl).pathname
  const menu = (
    await page
      .locator(`nav a[href^="${admin}"]`)
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  ).filter((href) => !href.endsWith('/logout'))
  const screens = new Set([admin, `${admin}/account`, ...menu])
  for (const list of menu.filter((href) => href.includes('/collections/'))) {
    await page.goto(new URL(list, stack.adminUrl).href)
    await page.waitForLoadState('networkidle', { timeout: 300_000 })
    if ((await page.locator(`a[href="${list}/create"]`).count()) > 0) screens.add(`${list}/create`)
    const first = page.locator(`tbody tr a[href^="${list}/"]`).first()
    if (documents && (await first.count()) > 0)
      screens.add((await first.getAttribute('href')) ?? list)
  }
  return [...screens]
}

async function walk(page: Page, who: Login, documents: boolean): Promise<Record<string, string[]>> {
  await signIn(page, stack.adminUrl, who)
  const foreign: Record<string, string[]> = {}
  for (const screen of await screensOf(page, documents)) {
    await page.goto(new URL(screen, stack.adminUrl).href)
    const words = await screenWords(page)
    if (words.length > 0) foreign[screen] = words
  }
  return foreign
}

/**
 * Every demo account (README). The platform admin reaches every list and form; the others'
 * screens are fewer, so they include each list's first document, where their conditions differ:
 * the federation editor's reach and «Обязателен», the Терком admin's organization settings
 * without the structure part, the ППО editor's read-only parts and no reach block.
 */
const ROLES = [
  ['platformAdmin', false],
  ['federationEditor', true],
  ['terkomAdmin', true],
  ['ppoEditor', true],
] as const

for (const [role, documents] of ROLES) {
  test(`every screen of the ${role} demo account is in Russian`, async ({ page }) => {
    test.setTimeout(1_200_000)
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
    const started = Date.now()
    const foreign = await walk(page, DEMO_LOGINS[role], documents)
    console.log(`[adminRussian] ${role}: walked in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    expect(foreign).toEqual({})
    expect(problems).toEqual([])
  })
}
