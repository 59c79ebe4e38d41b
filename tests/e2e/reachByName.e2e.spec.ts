import type { Page } from '@playwright/test'
import { httpGet } from '../serve/helpers/httpGet'
import { DEMO_LOGINS, signIn } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * Reach by name in Chromium (issue 19): the federation's editor sends a post «только в
 * структуры» of the coal miners' union, «кроме» its Vorkuta organization. «Кто получит
 * материал» recounts; after publishing, the Kuzbass mine's site shows the post, and neither
 * the Vorkuta mine's nor a Moscow school's does.
 */
const TITLE = 'Федерация — горнякам Кузбасса: семинар по охране труда'
const UNION = 'Российский независимый профсоюз работников угольной промышленности'
const EXCEPT = 'Воркутинская территориальная организация Росуглепрофа'

let stack: PublishingStack

test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 60_000 })
test.beforeAll(({ stack: shared }) => {
  stack = shared
})

/** Picks `name` in a relationship field of the reach group (Payload's select, searched). */
async function name(page: Page, field: 'within' | 'except', org: string) {
  const select = page.locator(`#field-reach__${field}`)
  await select.locator('.rs__control').click()
  await select.locator('input').fill(org.split(' ')[0]!)
  await page.locator('.rs__option', { hasText: org }).click()
  await expect(select.locator('.rs__multi-value')).toContainText(org.slice(0, 20))
}

/** The number «Кто получит материал» shows, once it has one. */
async function receiverCount(page: Page): Promise<number> {
  const preview = page.locator('[data-testid="reach-preview"]')
  await expect(preview).toContainText(/\d/, { timeout: 60_000 })
  return Number(/(\d+)/.exec(await preview.innerText())![1])
}

const status = async (host: string, path: string) =>
  (await httpGet(stack.sitesPort, `${host}:${stack.sitesPort}`, path)).status

test('a post sent to one union but not one of its regions reaches only the sites between', async ({
  page,
}) => {
  test.setTimeout(900_000)
  await signIn(page, stack.adminUrl, DEMO_LOGINS.federationEditor)
  await page.goto(`${stack.adminUrl}/collections/posts/create`)
  await page.waitForLoadState('networkidle')
  await page.locator('#field-title').fill(TITLE)
  const everyone = await receiverCount(page)
  await name(page, 'within', UNION)
  await expect.poll(() => receiverCount(page), { timeout: 60_000 }).toBeLessThan(everyone)
  const union = await receiverCount(page)
  await name(page, 'except', EXCEPT)
  await expect.poll(() => receiverCount(page), { timeout: 60_000 }).toBeLessThan(union)

  await page.getByRole('button', { name: /^Опубликовать/ }).click()
  await expect(page).toHaveURL(/\/collections\/posts\/\d+/, { timeout: 300_000 })
  const api = stack.adminUrl.replace(/\/admin$/, '/api')
  const answer = await page.request.get(
    `${api}/posts?where[title][equals]=${encodeURIComponent(TITLE)}&depth=0&limit=1`,
    { headers: { Origin: new URL(stack.adminUrl).origin } },
  )
  const post = (await answer.json()).docs[0] as { id: number; slug: string }
  const path = `/news/${post.slug}/`
  await expect.poll(() => status('shakhta-rassvet.localhost', path), { timeout: 120_000 }).toBe(200)
  expect(await status('ugol-kuzbass.localhost', path)).toBe(200)
  expect(await status('shakhta-polyarnaya.localhost', path)).toBe(404)
  expect(await status('ugol-vorkuta.localhost', path)).toBe(404)
  expect(await status('shkola-1234.localhost', path)).toBe(404)

  // The demo's other specs do not expect this post on the sites.
  const removed = await page.request.delete(`${api}/posts/${post.id}`, {
    headers: { Origin: new URL(stack.adminUrl).origin },
  })
  expect(removed.ok()).toBe(true)
})
