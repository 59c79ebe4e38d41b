import { httpGet } from '../serve/helpers/httpGet'
import { DEMO_LOGINS, signIn } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * The federation's editor publishes a post in the admin; the publishing worker puts it on the
 * sites below by itself, with provenance and a canonical link to the federation's page, and
 * unpublishing it takes it off every site again.
 */
const TITLE = 'Федерация объявляет месяц охраны труда'
const SITES = {
  union: 'rosugleprof.localhost',
  territorial: 'ugol-kuzbass.localhost',
  ppo: 'shakhta-rassvet.localhost',
}

let stack: PublishingStack

test.describe.configure({ mode: 'serial' })
test.beforeAll(({ stack: shared }) => {
  stack = shared
})

/**
 * Polls a site page on the preview server until it answers `status` (bounded). Node does not
 * resolve *.localhost here, so the request goes to the loopback with the site's Host header.
 */
async function waitForStatus(host: string, path: string, status: number) {
  await expect
    .poll(async () => (await httpGet(stack.sitesPort, `${host}:${stack.sitesPort}`, path)).status, {
      timeout: 120_000,
      intervals: [250, 500, 1000],
    })
    .toBe(status)
}

test('a federation post published in the admin reaches union, territorial and ППО sites', async ({
  page,
}) => {
  test.setTimeout(900_000)
  await signIn(page, stack.adminUrl, DEMO_LOGINS.federationEditor)

  await page.goto(`${stack.adminUrl}/collections/posts/create`)
  // The form is interactive once hydrated; typing earlier would be reset by React.
  await page.waitForLoadState('networkidle')
  const title = page.locator('#field-title')
  await title.fill(TITLE)
  await expect(title).toHaveValue(TITLE)
  // The federation has sites below it: «Распространение» and «Обязателен» are offered.
  await expect(page.locator('[id^="field-mandatory"]')).toBeVisible({ timeout: 60_000 })
  await expect(page.locator('#field-reach__scope')).toBeVisible()
  const publishedAt = Date.now()
  const publish = page.getByRole('button', { name: /^Опубликовать/ })
  await expect(publish).toBeEnabled({ timeout: 60_000 })
  await publish.click()
  await expect(page).toHaveURL(/\/collections\/posts\/\d+/, { timeout: 60_000 })

  const api = stack.adminUrl.replace(/\/admin$/, '/api')
  const query = `${api}/posts?where[title][equals]=${encodeURIComponent(TITLE)}&depth=0&limit=1`
  let found: { id: number; slug: string; _status: string } | undefined
  await expect
    .poll(
      async () => {
        found = (await (await page.request.get(query)).json()).docs?.[0]
        return found?._status
      },
      { timeout: 120_000 },
    )
    .toBe('published')
  const post = found!
  expect(post.slug).toBeTruthy()
  const origin = (host: string) => `http://${host}:${stack.sitesPort}`
  const canonical = `${origin('localhost')}/news/${post.slug}/`

  for (const host of Object.values(SITES)) {
    await waitForStatus(host, `/news/${post.slug}/`, 200)
    await page.goto(`${origin(host)}/news/${post.slug}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
    const provenance = page.locator('article .provenance')
    await expect(provenance).toHaveText(/Материал\s+ФНПР/)
    await expect(provenance.getByRole('link', { name: 'ФНПР' })).toHaveAttribute('href', canonical)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical)
  }
  console.log(
    `[admin e2e] publish-to-live on three sites: ${((Date.now() - publishedAt) / 1000).toFixed(1)} s`,
  )

  // The post's sidebar links its page on the federation's own site and says the change is live.
  await page.goto(`${stack.adminUrl}/collections/posts/${post.id}`)
  const onSite = page.getByTestId('view-on-site')
  await expect(onSite.getByRole('link', { name: 'Посмотреть на сайте' })).toHaveAttribute(
    'href',
    canonical,
    { timeout: 60_000 },
  )
  await expect(onSite.getByRole('status')).toHaveText(/Изменения на сайте/, { timeout: 60_000 })
  // The link opens the live page in a new tab.
  const [live] = await Promise.all([
    page.context().waitForEvent('page'),
    onSite.getByRole('link', { name: 'Посмотреть на сайте' }).click(),
  ])
  await expect(live).toHaveURL(canonical)
  await expect(live.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await live.close()

  // Unpublishing from the document's menu takes it off every site again.
  const unpublished = await page.request.patch(`${api}/posts/${post.id}`, {
    data: { _status: 'draft' },
    // As the admin's own page sends it: the cookie counts only with the admin's Origin (CSRF).
    headers: { Origin: new URL(stack.adminUrl).origin },
  })
  expect(unpublished.ok()).toBe(true)
  for (const host of ['localhost', ...Object.values(SITES)]) {
    await waitForStatus(host, `/news/${post.slug}/`, 404)
  }
})
