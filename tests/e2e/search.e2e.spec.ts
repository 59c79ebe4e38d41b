import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './helpers/axe'
import { demo } from './helpers/demo'

/**
 * Search on a ППО site of the demo: the site's own index merged in the browser with the indexes
 * of the hosts above it, Russian stemming, results linked on the reader's own host, and not one
 * request leaving that host.
 */
const HOST = 'shkola-1234.localhost'
const FEDERATION_ITEM = 'Федерация проверит, как выполняются коллективные договоры'
const LOCAL_PATH = '/news/monitoring-kollektivnykh-dogovorov/'

test('«договоров» on a ППО site finds the federation’s item that says «договоры», on the ППО’s host', async ({
  page,
}) => {
  const origin = new URL(demo.url(HOST)).origin
  const elsewhere: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) elsewhere.push(request.url())
  })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(demo.url(HOST))
  const box = page.getByRole('search', { name: 'Поиск по сайту' }).getByRole('searchbox')
  await box.fill('договоров')
  await box.press('Enter')
  await expect(page).toHaveURL(demo.url(HOST, `/search/?q=${encodeURIComponent('договоров')}`))
  await expect(page.getByRole('searchbox', { name: 'Что найти' })).toHaveValue('договоров')

  await expect(page.getByRole('status')).not.toHaveText(/^(?:|Ищем…)$/, { timeout: 15_000 })
  expect(errors).toEqual([])
  await expect(page.getByRole('status')).toContainText('Найдено:')
  const result = page.locator('.search-result', { hasText: FEDERATION_ITEM })
  await expect(result).toHaveCount(1)
  await expect(result.getByRole('link', { name: FEDERATION_ITEM })).toHaveAttribute(
    'href',
    LOCAL_PATH,
  )
  await expect(result).toContainText('Источник: ФНПР')
  await expect(result.locator('mark').first()).toContainText(/договор/i)

  expect(await axeViolations(page)).toEqual([])

  await result.getByRole('link', { name: FEDERATION_ITEM }).click()
  await expect(page).toHaveURL(demo.url(HOST, LOCAL_PATH))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FEDERATION_ITEM)
  expect(elsewhere).toEqual([])
})

test('the keyboard alone searches: type, Enter, Tab to the first result', async ({ page }) => {
  await page.goto(demo.url(HOST, '/search/'))
  await page.getByRole('searchbox', { name: 'Что найти' }).focus()
  await page.keyboard.type('договоров')
  await page.keyboard.press('Enter')
  await expect(page.locator('.search-result').first()).toBeVisible()
  await expect(page).toHaveURL(/\/search\/\?q=/)
  // From the box: the button, then the first result's link.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.locator('.search-result a').first()).toBeFocused()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the page says what search needs, links the news, and reflects no query', async ({
    page,
  }) => {
    const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    const response = await page.goto(demo.url(HOST, `/search/?q=${encodeURIComponent(hostile)}`))
    expect(response?.status()).toBe(200)
    const html = await response!.text()
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('onerror=alert')
    // Chromium's emulation keeps <noscript> unrendered, so the markup is read instead.
    expect(html).toMatch(
      /<noscript>\s*<p class="search-note">\s*Поиск работает в браузере и требует JavaScript[^<]*<a href="\/news\/">«Новости»<\/a>/,
    )
  })
})

test('a hostile query is shown as text, never run', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const hostile = '<img src=x onerror=alert(1)>договоров'
  await page.goto(demo.url(HOST, `/search/?q=${encodeURIComponent(hostile)}`))
  await expect(page.getByRole('searchbox', { name: 'Что найти' })).toHaveValue(hostile)
  await expect(page.getByRole('status')).not.toHaveText('')
  expect(await page.locator('main img[src="x"]').count()).toBe(0)
  expect(dialogs).toEqual([])
})

/**
 * A section site (/org/<slug>/ on its parent's host) shares that host's index with the parent:
 * the reader finds the section org's own item and the items it receives, every result at its
 * address inside the section, none of the parent's own pages.
 */
test.describe('on a section site', () => {
  const SECTION_HOST = 'obr-moskva.localhost'
  const BASE = '/org/shkola-1567'
  const OWN_ITEM = 'Ко Дню учителя в школу № 1567 вернулись её ветераны'
  const OWN_PATH = `${BASE}/news/vstrecha-veteranov-ko-dnyu-uchitelya/`

  const searchFrom = async (page: Page, query: string) => {
    await page.goto(demo.url(SECTION_HOST, `${BASE}/`))
    const box = page.getByRole('search', { name: 'Поиск по сайту' }).getByRole('searchbox')
    await box.fill(query)
    await box.press('Enter')
    await expect(page).toHaveURL(
      demo.url(SECTION_HOST, `${BASE}/search/?q=${encodeURIComponent(query)}`),
    )
    await expect(page.getByRole('status')).not.toHaveText(/^(?:|Ищем…)$/, { timeout: 15_000 })
  }
  /** Result links: each a page inside the section, or a file of the host (a document). */
  const expectInside = async (page: Page) => {
    const hrefs = await page
      .locator('.search-result h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs.length).toBeGreaterThan(0)
    for (const href of hrefs) {
      if (href.endsWith('/')) expect(href).toMatch(new RegExp(`^${BASE}/`))
      else expect(href).toMatch(/^\/[^/]/)
    }
  }

  test('«ветеранов» finds the section org’s own item, linked inside the section', async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const elsewhere: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).hostname !== SECTION_HOST) elsewhere.push(request.url())
    })
    await searchFrom(page, 'ветеранов')
    expect(errors).toEqual([])
    const result = page.locator('.search-result', { hasText: OWN_ITEM })
    await expect(result).toHaveCount(1)
    await expect(result.getByRole('link', { name: OWN_ITEM })).toHaveAttribute('href', OWN_PATH)
    await expectInside(page)
    await result.getByRole('link', { name: OWN_ITEM }).click()
    await expect(page).toHaveURL(demo.url(SECTION_HOST, OWN_PATH))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(OWN_ITEM)
    expect(elsewhere).toEqual([])
  })

  test('«договоров» finds received items at their address in the section', async ({ page }) => {
    await searchFrom(page, 'договоров')
    const result = page.locator('.search-result', { hasText: FEDERATION_ITEM })
    await expect(result).toHaveCount(1)
    await expect(result.getByRole('link', { name: FEDERATION_ITEM })).toHaveAttribute(
      'href',
      `${BASE}${LOCAL_PATH}`,
    )
    await expectInside(page)
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true })

  test('the results arrive without moving what is on screen (layout shift under 0.1)', async ({
    page,
  }) => {
    await page.goto(demo.url(HOST, `/search/?q=${encodeURIComponent('договоров')}`))
    await expect(page.locator('.search-result').first()).toBeVisible({ timeout: 15_000 })
    // Chromium's layout-shift entries, as Lighthouse sums them (shifts after input excluded).
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & {
              value: number
              hadRecentInput: boolean
            })[]
            resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0))
          }).observe({ type: 'layout-shift', buffered: true })
          setTimeout(() => resolve(0), 2000)
        }),
    )
    expect(shift).toBeLessThan(0.1)
  })
})
