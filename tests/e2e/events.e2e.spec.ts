import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import { demo } from './helpers/demo'

/**
 * The federation's action day (demo content/demo/events, subtree reach, upcoming whenever the
 * demo is seeded) on a ППО site: in the home page's «Анонсы», on its own page with the
 * federation named, and in the site's iCalendar feed as ical.js reads it.
 */
const HOST = 'shkola-1234.localhost'
const TITLE = 'Всероссийский день действий «За достойный труд»'
const SLUG = 'den-dejstvij-za-dostojnyj-trud'

test('an event of the federation appears on a ППО home page and opens there', async ({ page }) => {
  await page.goto(demo.url(HOST))
  const block = page.getByRole('region', { name: 'Анонсы' })
  await expect(block).toBeVisible()
  const link = block.getByRole('link', { name: TITLE })
  await expect(link).toHaveAttribute('href', `/events/${SLUG}/`)
  await expect(block.getByText('ФНПР')).toBeVisible()
  // The ППО's own meeting is there too, and the menu leads to all events.
  await expect(block.getByRole('link', { name: 'Отчётное профсоюзное собрание' })).toBeVisible()
  await link.click()
  await expect(page).toHaveURL(demo.url(HOST, `/events/${SLUG}/`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(page.locator('.provenance')).toContainText('ФНПР')
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  )
  expect(jsonLd).toMatchObject({ '@type': 'Event', name: TITLE })
  await page
    .getByRole('navigation', { name: 'Основное меню' })
    .getByRole('link', { name: 'Анонсы' })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Анонсы')
})

test('the federation’s event is in the ППО’s iCalendar feed, parsed by ical.js', async ({
  page,
}) => {
  await page.goto(demo.url(HOST, '/events/'))
  const href = await page
    .locator('link[rel="alternate"][type="text/calendar"]')
    .getAttribute('href')
  expect(href).toBe(demo.url(HOST, '/events.ics'))
  // Fetched by the page itself: Chromium resolves *.localhost, Node's resolver may not.
  const answer = await page.evaluate(async (url) => {
    const response = await fetch(url)
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text: await response.text(),
    }
  }, href!)
  expect(answer.status).toBe(200)
  expect(answer.type).toContain('text/calendar')
  const calendar = new ICAL.Component(ICAL.parse(answer.text))
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
  const day = events.find((e) => e.summary === TITLE)
  expect(day, events.map((e) => e.summary).join(', ')).toBeDefined()
  expect(day!.component.getFirstPropertyValue('url')).toBe(demo.url(HOST, `/events/${SLUG}/`))
  expect(day!.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now())
  expect(day!.uid).toMatch(/^event-\d+-\d+@localhost$/)
})
