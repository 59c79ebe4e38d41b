import { expect, test, type Page } from '@playwright/test'
import { demo } from './helpers/demo'

/**
 * Whose news is whose on a ППО site of the demo: its own news leads the home page, the news list
 * switches between «Наши новости» and «Все новости» by plain links, and an article received from
 * above says it is mandatory and ends with share links to this site's address.
 */
const HOST = 'shkola-1234.localhost'

const heading = (page: Page) => page.getByRole('heading', { level: 1 })
const switchNav = (page: Page) => page.getByRole('navigation', { name: 'Чьи новости показать' })

test('a ППО home page opens with its own news, then the news from above', async ({ page }) => {
  await page.goto(demo.url(HOST))
  const own = page.getByRole('region', { name: 'Наши новости' })
  await expect(own).toBeVisible()
  // The first news card is the ППО's own: no «Материал …» of another organization on it.
  const first = page.locator('main article.card').first()
  await expect(first.locator('.provenance')).toHaveCount(0)
  const block = await first.evaluate((el) => el.closest('section')?.getAttribute('aria-labelledby'))
  expect(block).toBe('news-heading')
  const received = page.getByRole('region', { name: 'Новости вышестоящих организаций' })
  await expect(received.locator('article.card').first().locator('.provenance')).toHaveCount(1)
  await expect(own.getByRole('link', { name: 'Наши новости' })).toHaveAttribute(
    'href',
    '/news/own/',
  )
})

test('the news list switches between own and all news without scripts', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(demo.url(HOST, '/news/'))
  await expect(switchNav(page).getByRole('link', { name: 'Все новости' })).toHaveAttribute(
    'aria-current',
    'true',
  )
  await switchNav(page).getByRole('link', { name: 'Наши новости' }).click()
  await expect(page).toHaveURL(demo.url(HOST, '/news/own/'))
  await expect(heading(page)).toHaveText('Наши новости')
  await expect(switchNav(page).getByRole('link', { name: 'Наши новости' })).toHaveAttribute(
    'aria-current',
    'true',
  )
  const cards = page.locator('article.card')
  expect(await cards.count()).toBeGreaterThan(0)
  await expect(page.locator('article.card .provenance')).toHaveCount(0)
  await switchNav(page).getByRole('link', { name: 'Все новости' }).click()
  await expect(page).toHaveURL(demo.url(HOST, '/news/'))
  await context.close()
})

test('a mandatory item is labelled and its article ends with tags, share links and a way back', async ({
  page,
}) => {
  await page.goto(demo.url(HOST, '/news/'))
  const card = page.locator('article.card', { hasText: 'Обязательно к размещению' }).first()
  await expect(card).toBeVisible()
  await card.locator('.card-title a').click()
  await expect(page.locator('article.article .item-labels')).toContainText(
    'Обязательно к размещению',
  )
  const address = page.url()
  expect(address).toMatch(new RegExp(`^http://${HOST.replace('.', '\\.')}:\\d+/news/[a-z0-9-]+/$`))
  const share = page.getByRole('region', { name: 'Поделиться' })
  const title = (await heading(page).textContent())!.trim()
  await expect(share.getByRole('link', { name: /ВКонтакте/ })).toHaveAttribute(
    'href',
    `https://vk.com/share.php?url=${encodeURIComponent(address)}&title=${encodeURIComponent(title)}`,
  )
  await expect(share.getByRole('link', { name: /Telegram/ })).toHaveAttribute(
    'href',
    `https://t.me/share/url?url=${encodeURIComponent(address)}&text=${encodeURIComponent(title)}`,
  )
  await expect(share.getByRole('link', { name: /Одноклассники/ })).toHaveAttribute(
    'href',
    `https://connect.ok.ru/offer?url=${encodeURIComponent(address)}&title=${encodeURIComponent(title)}`,
  )
  await page.getByRole('link', { name: '← Все новости' }).click()
  await expect(page).toHaveURL(demo.url(HOST, '/news/'))
})
