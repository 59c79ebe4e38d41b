import { httpGet } from '../serve/helpers/httpGet'
import { DEMO_LOGINS, signIn } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * «Предпросмотр» (issue 19): the ППО editor saves a draft and opens it on the ППО's own site
 * layout, in its branding, marked as a draft; the live site does not have it.
 */
const TITLE = 'Черновик ППО: субботник во дворе школы'
const HOST = 'shkola-1234.localhost'

let stack: PublishingStack

test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 60_000 })
test.beforeAll(({ stack: shared }) => {
  stack = shared
})

/** The brand colour a page's <html> carries (themes: --color-primary in its style attribute). */
const primaryColour = (html: string) => /--color-primary:(#[0-9a-f]{3,8})/i.exec(html)?.[1]

test('the ППО editor previews a saved draft on the ППО’s own site layout', async ({ page }) => {
  test.setTimeout(600_000)
  await signIn(page, stack.adminUrl, DEMO_LOGINS.ppoEditor)
  await page.goto(`${stack.adminUrl}/collections/posts/create`)
  // The form is interactive once hydrated; typing earlier would be reset by React.
  await page.waitForLoadState('networkidle')
  await page.locator('#field-title').fill(TITLE)
  await page.locator('#field-lead').fill('Собираемся в субботу в десять утра.')
  await page.getByRole('button', { name: 'Сохранить черновик' }).click()
  await expect(page).toHaveURL(/\/collections\/posts\/\d+/, { timeout: 120_000 })
  await page.waitForLoadState('networkidle')

  const preview = page.getByTestId('draft-preview')
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    preview.getByRole('button', { name: 'Предпросмотр' }).click(),
  ])
  await tab.waitForURL(/\/preview\//, { timeout: 60_000 })
  await expect(tab.getByRole('status')).toContainText('Черновик.')
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(tab.getByText('Собираемся в субботу в десять утра.').first()).toBeVisible()

  // The ППО's branding: the same brand colour as its live site.
  const live = await httpGet(stack.sitesPort, `${HOST}:${stack.sitesPort}`, '/')
  const brand = primaryColour(live.body.toString('utf8'))
  expect(brand).toBeTruthy()
  expect(primaryColour(await tab.content())).toBe(brand)
  // Styles and images come from the live site: the page is laid out, not bare HTML.
  const headerHeight = await tab.locator('header.site-header').evaluate((el) => el.clientHeight)
  expect(headerHeight).toBeGreaterThan(20)

  // Readers do not see it: the live site has no such article.
  const news = await httpGet(stack.sitesPort, `${HOST}:${stack.sitesPort}`, '/news/')
  expect(news.body.toString('utf8')).not.toContain(TITLE)
})
