import type { Page } from '@playwright/test'
import { documentRoute, menuRoutes } from '../../tools/bench/adminRouteVisits'
import { COMPILING } from '../../tools/lib/adminServer'
import { DEMO_LOGINS, signIn } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * Issue 19: the admin as `npm start` serves it (the production build under `next start`) opens
 * every route of the demo for the platform administrator — the dashboard, every menu link, each
 * collection's list and first document (its create form when the collection is empty),
 * «Входящие» of a ППО, the account page — each with its Russian heading, and nothing compiles
 * on a first visit. Functional only: how fast they open is `npm run bench admin-routes`.
 */
let stack: PublishingStack

test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 30_000 })
test.beforeAll(async ({ stack: shared }) => {
  test.setTimeout(900_000)
  stack = shared
})

const CYRILLIC = /[А-Яа-яЁё]/
const isList = (route: string) => /^\/admin\/collections\/[^/?]+$/.test(route)
const isDocument = (route: string) => /^\/admin\/collections\/[^/?]+\/[^/?]+$/.test(route)

/** The admin's own page in Russian: 200, still signed in, its template and heading. */
async function opens(page: Page, route: string): Promise<void> {
  const response = await page.goto(new URL(route, stack.adminUrl).href)
  expect(response?.status(), route).toBe(200)
  expect(new URL(page.url()).pathname, route).not.toMatch(/\/login$/)
  await expect(page.locator('.template-default'), route).toBeVisible()
  // The dashboard has no h1: its first heading is a group's (h2).
  const heading = page.locator('h1, h2').first()
  await expect(heading, route).toHaveText(/\S/)
  // A document's heading is its title (a host, an e-mail); its breadcrumb names the collection.
  if (isDocument(route)) await expect(page.locator('.step-nav'), route).toContainText(CYRILLIC)
  else await expect(heading, route).toHaveText(CYRILLIC)
}

/**
 * How many documents a collection's list shows the signed-in user: asked as the admin's own
 * scripts ask (from the page, with its cookie and the browser's same-origin headers).
 */
async function documentsIn(page: Page, list: string): Promise<number> {
  const slug = list.split('/').pop()!
  const url = `/api/${slug}?depth=0&limit=1&select[id]=true`
  const answer = await page.evaluate(async (href) => {
    const response = await fetch(href, { credentials: 'include' })
    return { status: response.status, body: (await response.json()) as { totalDocs?: number } }
  }, url)
  expect(answer.status, slug).toBe(200)
  return answer.body.totalDocs ?? 0
}

test('every admin route opens from the production build in Russian, and none compiles', async ({
  browser,
}) => {
  test.setTimeout(600_000)
  const context = await browser.newContext({ locale: 'ru-RU' })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  await signIn(page, stack.adminUrl, DEMO_LOGINS.platformAdmin)
  const routes = await menuRoutes(page, stack.adminUrl)
  expect(routes).toContain('/admin/collections/posts')
  expect(routes).toContain('/admin/monitoring')
  const opened: string[] = []
  const withoutDocument: string[] = []
  for (const route of routes) {
    await opens(page, route)
    opened.push(route)
    if (!isList(route)) continue
    // A list with documents links its first row; wait for it rather than read a list still
    // rendering (the server's count says whether there is one to wait for). A list whose rows
    // never link is named below rather than failing here on a timeout.
    const rows = await documentsIn(page, route)
    if (rows > 0)
      await page
        .locator(`a[href^="${route}/"]:not([href$="/create"])`)
        .first()
        .waitFor()
        .catch(() => undefined)
    const document = await documentRoute(page, route)
    if (document) {
      await opens(page, document)
      opened.push(document)
    } else if (rows > 0) withoutDocument.push(route)
  }
  // Every list with documents opened its first one; an empty one its create form if it has one.
  expect(withoutDocument).toEqual([])
  console.log(
    `${opened.length} routes opened, of them ${opened.filter(isDocument).length} documents`,
  )
  const compiled = stack
    .adminOutput()
    .split('\n')
    .filter((line) => COMPILING.test(line))
  expect(compiled).toEqual([])
  expect(problems).toEqual([])
  await context.close()
})

test('the API’s refusals keep their Russian messages in the production build', async () => {
  // The server's minifier once dropped class names, and Payload tells errors apart by them: a
  // hook's APIError and a QueryError reached callers as "An unknown error occurred.".
  const api = stack.adminUrl.replace(/\/admin$/, '/api')
  const login = await fetch(`${api}/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(DEMO_LOGINS.platformAdmin),
  })
  const { token } = (await login.json()) as { token: string }
  const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const refusal = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${api}${path}`, { ...init, headers })
    const body = (await response.json()) as { errors: { message: string }[] }
    return { status: response.status, message: body.errors[0]!.message }
  }
  const posts = await fetch(`${api}/posts?depth=0&limit=1&select[id]=true`, { headers })
  const postId = ((await posts.json()) as { docs: { id: number }[] }).docs[0]!.id
  // An APIError of the input guard (a hook of every collection).
  expect(await refusal(`/posts/${postId}`, { method: 'PATCH', body: 'null' })).toEqual({
    status: 400,
    message:
      'Тело запроса должно быть JSON-объектом с полями документа (заголовок Content-Type: application/json).',
  })
  // Payload's QueryError, translated by the config's afterError hook.
  expect(await refusal('/posts?where[nope][equals]=1&depth=0&limit=1')).toEqual({
    status: 400,
    message: 'По этим полям искать нельзя: nope.',
  })
})
