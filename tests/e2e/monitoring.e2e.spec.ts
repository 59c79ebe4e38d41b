import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { expect, test } from './helpers/adminStack'
import { axeViolations } from './helpers/axe'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * The monitoring dashboard (issue 18) in Chromium on the seeded demo: the Kuzbass Терком's
 * admin sees what to fix on the admin home page, opens «Мониторинг» from the menu (axe: no
 * violations), keeps only the ППО with a red indicator, downloads that view as XLSX (a valid
 * workbook holding exactly the filtered rows) and drills down into one ППО's subtree.
 */
const TERKOM = { email: 'admin@kuzbass-coal.demo', password: 'demo-terkom-2026' }
const TERKOM_NAME = 'Кузбасская территориальная организация Росуглепрофа'

let stack: PublishingStack

test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 60_000 })
test.beforeAll(async ({ stack: shared }) => {
  test.setTimeout(900_000)
  stack = shared
})

async function signIn(page: Page) {
  await page.goto(`${stack.adminUrl}/login`)
  await page.locator('#field-email').waitFor({ timeout: 60_000 })
  await page.locator('#field-email').fill(TERKOM.email)
  await page.locator('#field-password').fill(TERKOM.password)
  await page.getByRole('button', { name: 'Войти' }).click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 300_000 })
}

const tableRows = (page: Page) =>
  page.getByRole('region', { name: 'Показатели организаций' }).locator('tbody tr')

test('a Терком admin: home page, «Мониторинг», red ППО, their XLSX, a child subtree', async ({
  browser,
}) => {
  test.setTimeout(900_000)
  const context = await browser.newContext({ locale: 'ru-RU', acceptDownloads: true })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  await signIn(page)

  // The home page: the Терком's own row and what to fix first.
  const own = page.locator('section[aria-labelledby="mon-own-title"]')
  await expect(own).toContainText(TERKOM_NAME, { timeout: 120_000 })

  // The menu entry opens the Терком's whole subtree.
  // (The side menu is collapsed and inert at this width: its link is followed, not clicked.)
  const menuLink = page.locator('#nav-monitoring')
  await expect(menuLink).toHaveAttribute('href', '/admin/monitoring')
  await page.goto(new URL('/admin/monitoring', stack.adminUrl).href)
  await page.waitForURL(/\/admin\/monitoring/, { timeout: 300_000 })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Мониторинг: ${TERKOM_NAME}`, {
    timeout: 120_000,
  })
  const everyone = await tableRows(page).count()
  expect(everyone).toBeGreaterThan(1)
  // The quarterly trends under the table: a chart per indicator, hidden from screen readers, and
  // the same figures as a (visually hidden) table; the axe run below covers them.
  const trends = page.locator('section[aria-labelledby="mon-trends-title"]')
  await expect(trends.getByRole('heading', { level: 2 })).toHaveText('Динамика по кварталам')
  expect(await trends.locator('figure svg[aria-hidden="true"]').count()).toBeGreaterThanOrEqual(19)
  const trendTable = trends.locator('table', { hasText: 'Доля организаций в норме по кварталам' })
  await expect(trendTable.locator('tbody tr')).toHaveCount(19)
  await expect(trendTable.locator('thead th').last()).toHaveText('сейчас')
  expect(await axeViolations(page)).toEqual([])

  // Only the ППО with at least one red indicator.
  const filters = page.getByRole('search', { name: 'Фильтры' })
  await filters.getByLabel('Уровень').selectOption('primary_org')
  await filters.getByLabel('Не выполнен показатель').selectOption('any')
  await filters.getByLabel('Насколько').selectOption('red')
  await filters.getByRole('button', { name: 'Показать' }).click()
  await page.waitForURL(/kind=primary_org.*failing=any.*light=red/, { timeout: 120_000 })
  const red = tableRows(page)
  const count = await red.count()
  expect(count, 'the demo has ППО with a red indicator').toBeGreaterThan(0)
  const names: string[] = []
  for (let i = 0; i < count; i++) {
    const row = red.nth(i)
    await expect(row.locator('td').first()).toHaveText('ППО')
    await expect(row.locator('td.mon-red').first()).toBeVisible()
    names.push((await row.locator('th').innerText()).trim())
  }
  expect(await axeViolations(page)).toEqual([])

  // The reason shows on keyboard focus.
  const sign = red.first().locator('td.mon-red .mon-chip').first()
  await sign.focus()
  await expect(red.first().locator('td.mon-red .mon-tip').first()).toBeVisible()

  // The XLSX of this view: a valid workbook with exactly these rows.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('link', { name: /Скачать XLSX/ }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^monitoring-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync((await download.path())!) as never)
  const sheet = workbook.getWorksheet('Показатели')!
  const xlsxNames: string[] = []
  sheet.eachRow((row, n) => {
    if (n > 1) xlsxNames.push(String(row.getCell(1).value))
  })
  expect(xlsxNames).toEqual(names)

  // Drill down: one ППО's subtree opens with it as the root.
  await red.first().locator('th a').click()
  await page.waitForURL(/\/admin\/monitoring\?org=\d+/, { timeout: 120_000 })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Мониторинг: ${names[0]}`)
  await expect(tableRows(page).first().locator('th')).toHaveText(names[0]!)
  expect(problems).toEqual([])
  await context.close()
})
