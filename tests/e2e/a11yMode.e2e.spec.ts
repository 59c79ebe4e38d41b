import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './helpers/axe'
import { demo } from './helpers/demo'

/**
 * «Версия для слабовидящих»: the switch in the header of every page changes the type size and
 * colours at once, keeps the choice on the next page (localStorage, applied before the first
 * paint), passes axe in its own colours, and «Обычная версия» restores the site's look.
 */
const HOST = 'shkola-1234.localhost'
const root = (page: Page) => page.locator('html')
const style = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, prop) => getComputedStyle(el).getPropertyValue(prop), property)

test('the accessibility mode enlarges the text, turns white on black and is remembered', async ({
  page,
}) => {
  await page.goto(demo.url(HOST))
  const normalSize = parseFloat(await style(page, 'html', 'font-size'))
  const normalBackground = await style(page, 'body', 'background-color')

  await page.getByText('Версия для слабовидящих').click()
  await page.getByRole('radio', { name: 'Очень крупный' }).check()
  await page.getByRole('radio', { name: 'Белым по чёрному' }).check()
  await expect(root(page)).toHaveAttribute('data-a11y-size', 'xlarge')
  await expect(root(page)).toHaveAttribute('data-a11y-scheme', 'dark')
  expect(parseFloat(await style(page, 'html', 'font-size'))).toBeCloseTo(normalSize * 1.5, 0)
  expect(await style(page, 'body', 'background-color')).toBe('rgb(0, 0, 0)')
  expect(normalBackground).not.toBe('rgb(0, 0, 0)')
  expect(await axeViolations(page)).toEqual([])

  await page
    .getByRole('navigation', { name: 'Основное меню' })
    .getByRole('link', { name: 'Новости' })
    .click()
  await expect(page).toHaveURL(demo.url(HOST, '/news/'))
  await expect(root(page)).toHaveAttribute('data-a11y-size', 'xlarge')
  await expect(root(page)).toHaveAttribute('data-a11y-scheme', 'dark')
  // The panel is closed on the new page: its radios are out of the accessibility tree.
  await expect(page.locator('input[name="a11y-scheme"][value="dark"]')).toBeChecked()
  expect(await axeViolations(page)).toEqual([])

  await page.getByText('Версия для слабовидящих').click()
  await page.getByRole('button', { name: 'Обычная версия' }).click()
  await expect(root(page)).not.toHaveAttribute('data-a11y-size', /./)
  await expect(root(page)).not.toHaveAttribute('data-a11y-scheme', /./)
  expect(await style(page, 'body', 'background-color')).toBe(normalBackground)
  await page.reload()
  await expect(root(page)).not.toHaveAttribute('data-a11y-scheme', /./)
  await expect(page.locator('input[name="a11y-scheme"][value="normal"]')).toBeChecked()
})

test('the black-on-white scheme and hidden images pass axe as well', async ({ page }) => {
  await page.goto(demo.url(HOST, '/news/'))
  await page.getByText('Версия для слабовидящих').click()
  await page.getByRole('radio', { name: 'Чёрным по белому' }).check()
  await page.getByRole('radio', { name: 'Скрыть' }).check()
  await expect(root(page)).toHaveAttribute('data-a11y-images', 'hide')
  await expect(page.locator('main img').first()).toBeHidden()
  expect(await style(page, 'body', 'color')).toBe('rgb(0, 0, 0)')
  expect(await axeViolations(page)).toEqual([])
})
