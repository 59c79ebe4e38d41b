import type { Browser, Page } from '@playwright/test'
import { DEMO_LOGINS, signIn as signInOn, type Login } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'

/**
 * Two editors of one ППО in the admin. Борис starts editing a news item and steps away; his
 * lock lapses; Мария opens the item, edits and publishes. Борис comes back and presses
 * «Опубликовать изменения» on the page he opened before her change: the admin shows him the
 * Russian refusal naming Мария, and her change stays. (Before the guard, his save silently
 * replaced hers: Payload's lock had lapsed, and its own stale-data warning looks only at the
 * first keystroke after opening.)
 */
const MARIA = { ...DEMO_LOGINS.ppoEditor, name: 'Мария Ковалёва' }
const BORIS = { email: 'boris@school-1234.demo', password: 'demo-boris-2026', name: 'Борис Иванов' }

let admin: { adminUrl: string; apiUrl: string }
let adminToken: string
let postId: number

async function api(path: string, init: RequestInit = {}) {
  const response = await fetch(`${admin.apiUrl}${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(adminToken ? { Authorization: `JWT ${adminToken}` } : {}),
      ...init.headers,
    },
  })
  const body = await response.json()
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`)
  return body
}

test.describe.configure({ mode: 'serial' })
test.beforeAll(async ({ stack }) => {
  test.setTimeout(900_000)
  // The admin of the publishing stack the admin specs share (its worker publishes meanwhile).
  admin = { adminUrl: stack.adminUrl, apiUrl: stack.adminUrl.replace(/\/admin$/, '/api') }
  adminToken = (
    await api('/users/login', {
      method: 'POST',
      body: JSON.stringify(DEMO_LOGINS.platformAdmin),
    })
  ).token
  const org = (await api('/organizations?where[slug][equals]=shkola-1234&depth=0&limit=1')).docs[0]
  await api('/users', {
    method: 'POST',
    body: JSON.stringify({
      ...BORIS,
      grants: [{ organization: org.id, role: 'editor', subtree: false }],
    }),
  })
  postId = (await api(`/posts?where[organization][equals]=${org.id}&depth=0&limit=1`)).docs[0].id
})

/** Each editor in a browser context of their own (their own session cookie). */
async function signIn(browser: Browser, who: Login): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signInOn(page, admin.adminUrl, who)
  return page
}

async function openPost(page: Page) {
  await page.goto(`${admin.adminUrl}/collections/posts/${postId}`)
  // The form is interactive once hydrated; typing earlier would be reset by React.
  await page.waitForLoadState('networkidle', { timeout: 300_000 })
}

/** Types a title and waits until the form counts it as a change (React may reset early input). */
async function typeTitle(page: Page, title: string) {
  const field = page.locator('#field-title')
  const publish = page.getByRole('button', { name: /^Опубликовать/ })
  await expect(async () => {
    await field.fill(title)
    await expect(publish).toBeEnabled({ timeout: 5_000 })
    await page.waitForTimeout(1_000)
    await expect(field).toHaveValue(title, { timeout: 1_000 })
  }).toPass({ timeout: 180_000 })
}

test('the second editor to save sees the Russian conflict message, the first keeps her change', async ({
  browser,
}) => {
  test.setTimeout(900_000)
  const boris = await signIn(browser, BORIS)
  const maria = await signIn(browser, MARIA)

  await openPost(boris)
  await typeTitle(boris, 'Правка Бориса')
  // Typing takes Payload's lock (through the form-state server function): wait until it is held.
  const lockQuery = `/payload-locked-documents?where[document.value][equals]=${postId}&depth=0`
  await expect.poll(async () => (await api(lockQuery)).totalDocs, { timeout: 300_000 }).toBe(1)
  // Борис steps away: his lock lapses (Payload lets a lock go after five idle minutes; removed
  // here to keep the test short). Nothing on his page changes.
  const lapseLocks = async () => {
    for (const lock of (await api(lockQuery)).docs)
      await api(`/payload-locked-documents/${lock.id}`, { method: 'DELETE' })
  }
  await lapseLocks()

  await openPost(maria)
  await typeTitle(maria, 'Правка Марии')
  await maria.getByRole('button', { name: /^Опубликовать/ }).click()
  await expect
    .poll(async () => (await api(`/posts/${postId}?draft=true&depth=0`)).title, {
      timeout: 300_000,
    })
    .toBe('Правка Марии')
  // Мария moves on (her page closed), her lock lapses too. Борис comes back to his page.
  await maria.close()
  await lapseLocks()

  await boris.getByRole('button', { name: /^Опубликовать/ }).click()
  await expect(
    boris.getByText(
      /Документ изменён другим пользователем после того, как вы его открыли: его сохранил\(а\) Мария Ковалёва .*Обновите страницу и внесите правки заново\./,
    ),
  ).toBeVisible({ timeout: 60_000 })
  expect((await api(`/posts/${postId}?draft=true&depth=0`)).title).toBe('Правка Марии')
})
