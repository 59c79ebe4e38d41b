import { expect, test, type Page } from '@playwright/test'
import { demo } from './helpers/demo'

/**
 * A reader's walk through a ППО site of the demo, by clicking as a person would: home → news →
 * an article → documents → contacts → structure → the site of the organization above it.
 */
const HOST = 'shkola-1234.localhost'
const ORG = 'Первичная профсоюзная организация ГБОУ «Школа № 1234»'
const PARENT = 'Московская городская организация Профсоюза образования'

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Основное меню' })
const heading = (page: Page) => page.getByRole('heading', { level: 1 })

test('a reader walks a ППО site and on to the site of its parent organization', async ({
  page,
}) => {
  await test.step('home: the organization, its lead and its newest news', async () => {
    const response = await page.goto(demo.url(HOST))
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle(new RegExp(ORG.replace(/[«»№]/g, '.')))
    await expect(heading(page)).toHaveText(ORG)
    await expect(page.getByText('Членов профсоюза: 146')).toBeVisible()
    await expect(page.locator('main article').first()).toBeVisible()
  })

  let title = ''
  await test.step('news: a page of ten cards with a way to the next page', async () => {
    await mainMenu(page).getByRole('link', { name: 'Новости' }).click()
    await expect(page).toHaveURL(demo.url(HOST, '/news/'))
    await expect(heading(page)).toHaveText('Новости')
    await expect(page.locator('article.card')).toHaveCount(10)
    await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/news/page/2/')
    title = (await page.locator('article.card .card-title a').first().textContent())!.trim()
    expect(title.length).toBeGreaterThan(10)
  })

  await test.step('an article: its title, date and the way back to the news', async () => {
    await page.locator('article.card .card-title a').first().click()
    await expect(page).toHaveURL(/\/news\/[a-z0-9-]+\/$/)
    await expect(heading(page)).toHaveText(title)
    await expect(page.locator('article.article time').first()).toHaveAttribute(
      'datetime',
      /^20\d\d-/,
    )
    const crumbs = page.getByRole('navigation', { name: 'Навигационная цепочка' })
    await expect(crumbs.getByRole('link', { name: 'Новости' })).toHaveAttribute('href', '/news/')
  })

  await test.step('documents: the collective agreement, downloadable as PDF', async () => {
    await mainMenu(page).getByRole('link', { name: 'Документы' }).click()
    await expect(heading(page)).toHaveText('Документы')
    const agreement = page.getByRole('link', { name: /Коллективный договор/ }).first()
    await expect(agreement).toBeVisible()
    const href = await agreement.getAttribute('href')
    expect(href).toMatch(/^\/media\/documents\/.+\.pdf$/)
    // Fetched by the page itself: Node's resolver does not know *.localhost, Chromium does.
    const pdf = await page.evaluate(async (url) => {
      const response = await fetch(url)
      const bytes = new Uint8Array(await response.arrayBuffer())
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        magic: String.fromCharCode(...bytes.subarray(0, 5)),
      }
    }, href!)
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', magic: '%PDF-' })
  })

  await test.step('contacts: address, phone and e-mail of the union committee', async () => {
    await mainMenu(page).getByRole('link', { name: 'Контакты' }).click()
    await expect(heading(page)).toHaveText('Контакты')
    // The organization's own list: the chairperson below may give the same phone.
    const contacts = page.getByRole('main').locator('dl.contacts').first()
    await expect(contacts.getByText('г. Москва, ул. Вавилова, д. 27')).toBeVisible()
    await expect(contacts.getByRole('link', { name: '+7 (499) 135-12-34' })).toHaveAttribute(
      'href',
      'tel:+74991351234',
    )
    await expect(contacts.getByRole('link', { name: 'profkom@school-1234.demo' })).toBeVisible()
  })

  await test.step('structure: the organizations above, this one marked as itself', async () => {
    await mainMenu(page).getByRole('link', { name: 'Структура' }).click()
    await expect(heading(page)).toHaveText('Структура')
    const main = page.getByRole('main')
    await expect(main.getByText('Вышестоящие организации')).toBeVisible()
    for (const name of [
      'Федерация независимых профсоюзов России',
      'Общероссийский Профсоюз образования',
    ])
      await expect(main.getByRole('link', { name })).toBeVisible()
    await expect(main.getByText('— эта организация')).toBeVisible()
  })

  await test.step("the parent's link opens the parent's own site on this server", async () => {
    await page.getByRole('main').getByRole('link', { name: PARENT }).click()
    await expect(page).toHaveURL(demo.url('obr-moskva.localhost'))
    await expect(heading(page)).toHaveText(PARENT)
    await expect(mainMenu(page).getByRole('link', { name: 'Новости' })).toBeVisible()
  })
})
