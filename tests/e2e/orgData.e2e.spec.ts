import { expect, test } from '@playwright/test'
import { demo } from './helpers/demo'

/**
 * Org data on the demo: a ППО's Документы page lists the union's charter under «Документы
 * вышестоящих организаций» with working links to the file and to its origin, and the ППО's home
 * page shows who chairs the profkom and when they receive.
 */
const HOST = 'shkola-1234.localhost'
const CHARTER = 'Устав Общероссийского Профсоюза образования (демонстрационная выдержка)'

test('a ППО site shows the union’s charter under «Документы вышестоящих организаций»', async ({
  page,
}) => {
  await page.goto(demo.url(HOST, '/documents/'))
  const upper = page.getByRole('region', { name: 'Документы вышестоящих организаций' })
  await expect(upper).toBeVisible()
  const item = upper.getByRole('listitem').filter({ hasText: CHARTER })
  await expect(item).toContainText('Устав, 2024, PDF')
  await expect(item).toContainText('Источник: Общероссийский Профсоюз образования')
  // The file itself is served on the ППО's host.
  const file = await item.getByRole('link', { name: CHARTER }).getAttribute('href')
  // Fetched by the page itself: the browser resolves *.localhost, Node's resolver does not.
  const answer = await page.evaluate(async (url) => {
    const response = await fetch(url)
    return { status: response.status, type: response.headers.get('content-type') }
  }, file!)
  expect(answer.status).toBe(200)
  expect(answer.type).toContain('application/pdf')
  // «Источник» leads to the union's own Документы page, which lists the charter as its own.
  await item.getByRole('link', { name: 'Общероссийский Профсоюз образования' }).click()
  await expect(page).toHaveURL(/\/documents\/$/)
  expect(new URL(page.url()).host).not.toBe(`${HOST}:${demo.port()}`)
  await expect(page.getByRole('link', { name: CHARTER })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Устав' })).toContainText(CHARTER)
})

test('a ППО home page shows its chair: photo, name, position and reception hours', async ({
  page,
}) => {
  await page.goto(demo.url(HOST))
  const card = page.getByRole('region', { name: 'Руководитель' })
  await expect(card).toContainText('Игорь Валентинович Шестаков')
  await expect(card).toContainText('Председатель профкома')
  await expect(card).toContainText('Часы приёма')
  const photo = card.locator('img')
  await photo.scrollIntoViewIfNeeded()
  await expect(photo).toHaveJSProperty('complete', true)
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await page.goto(demo.url(HOST, '/contacts/'))
  const leadership = page.getByRole('region', { name: 'Руководство' })
  await expect(leadership).toContainText('Профсоюзный комитет')
  await expect(leadership).toContainText('Игорь Валентинович Шестаков')
})

test('the ППО’s messengers are listed beside its social networks', async ({ page }) => {
  await page.goto(demo.url(HOST, '/contacts/'))
  const chats = page.getByRole('region', { name: 'Мессенджеры' })
  await expect(chats.getByRole('link', { name: 'Чат ВКонтакте' })).toHaveAttribute(
    'href',
    'https://vk.me/join/DemoSchool1234',
  )
  await expect(chats.getByRole('link', { name: 'Канал в WhatsApp' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.whatsapp\.com\/channel\//,
  )
})
