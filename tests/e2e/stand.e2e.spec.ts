import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'
import type { Browser as CoreBrowser } from 'playwright-core'
import { parseSnapshot, type FeedItem, type Snapshot } from '../../domain/contract/snapshot'
import { SiteRenderer } from '../../publishing/render/siteRenderer'
import { printStands } from '../../publishing/stand/printStands'
import { renderStandPage, printStandWeek } from '../../publishing/stand/standWeekPdf'
import { axeViolations } from './helpers/axe'
import { demo } from './helpers/demo'
import { decodeQr, overflowing, PRINTABLE_WIDTH_PX, readPdf, squash } from './helpers/standChecks'

/**
 * The weekly stand of a demo ППО (issue 17): the PDF holds exactly the week's items in order,
 * pinned and mandatory first, every QR code opens the item on the ППО's own site, nothing runs off
 * the sheet; the site's «Стенд» page links the latest week, and the stand job prints its PDF
 * once, again only when the print page changed.
 */
const HOST = 'shkola-1234.localhost'
const SNAPSHOT = 'ppo-school-1234.json'
/** 2 — 8 March 2026: the ППО's pinned item (3 March) and a newer one from above (5 March). */
const WEEK = { year: 2026, week: 10 }
const WEEK_MONDAY = '2026-03-02'

test.describe.configure({ mode: 'serial', timeout: 300_000 })

const snapshot = (): Snapshot =>
  parseSnapshot(
    JSON.parse(readFileSync(path.join(path.dirname(demo.outDir()), 'snapshots', SNAPSHOT), 'utf8')),
    SNAPSHOT,
  )

/** The Monday of an instant's week in Moscow (UTC+3 all year since 2014), written out by hand. */
function mondayInMoscow(iso: string): string {
  const local = new Date(Date.parse(iso) + 3 * 3600_000)
  const fromMonday = (local.getUTCDay() + 6) % 7
  return new Date(local.getTime() - fromMonday * 86_400_000).toISOString().slice(0, 10)
}

/** The week's items as the stand must print them: pinned, then mandatory, each newest first. */
function expectedItems(feed: FeedItem[], monday: string): FeedItem[] {
  const group = (i: FeedItem) => (i.pinned ? 0 : i.mandatory ? 1 : 2)
  return feed
    .filter((i) => mondayInMoscow(i.publishedAt) === monday)
    .sort((a, b) => group(a) - group(b) || b.publishedAt.localeCompare(a.publishedAt))
}

const itemUrl = (s: Snapshot, item: FeedItem) => `${s.site.origin}/news/${item.slug}/`

/** Titles in the PDF's text in this order, and no other item of the feed. */
function expectExactlyInOrder(text: string, items: FeedItem[], feed: FeedItem[]) {
  let at = -1
  for (const item of items) {
    const found = text.indexOf(squash(item.title), at + 1)
    expect(found, `«${item.title}» after position ${at}`).toBeGreaterThan(at)
    at = found
  }
  const others = feed.filter((i) => !items.includes(i)).map((i) => squash(i.title))
  expect(others.filter((title) => text.includes(title))).toEqual([])
}

async function expectQrCodes(page: Page, blank: Page, urls: string[]) {
  const codes = page.locator('.stand-qr')
  await expect(codes).toHaveCount(urls.length)
  for (const [n, url] of urls.entries()) {
    expect(await decodeQr(blank, await codes.nth(n).screenshot())).toBe(url)
  }
}

let renderer: SiteRenderer

test.beforeAll(async () => {
  renderer = await SiteRenderer.open()
})

test('a given week’s stand PDF: exactly its items in order, A4, page numbers, embedded fonts', async ({
  browser,
}) => {
  const s = snapshot()
  const items = expectedItems(s.feed, WEEK_MONDAY)
  expect(items.length).toBeGreaterThanOrEqual(2)
  // The pinned item is the older one: the order is the stand's, not the dates'.
  expect(items[0]!.pinned).toBe(true)
  expect(items[0]!.publishedAt < items[1]!.publishedAt).toBe(true)

  const pdf = await printStandWeek(browser as unknown as CoreBrowser, renderer, s, WEEK)
  const read = await readPdf(pdf)
  expectExactlyInOrder(read.text, items, s.feed)
  expect(read.text).toContain(s.org.name)
  expect(read.text).toContain('Неделя 10: 2 марта 2026 г. — 8 марта 2026 г.')
  expect(read.text).toContain(`Стр. 1 из ${read.totalPages}`)
  // A4 in points, every page.
  for (const size of read.sizes) expect(size).toEqual({ width: 595, height: 842 })
  // The site's own fonts, embedded (subsets), not the reader's system fonts.
  expect(read.raw).toMatch(/\/FontFile2?\b/)
  expect(read.raw).toMatch(/GolosText|Golos/)
  // The contacts and the chairperson at the foot.
  expect(read.text).toContain(s.org.contacts.phone!)
  expect(read.text).toContain(s.org.leadership!.chairperson!.name)
})

test('each QR code of the week opens the item on the ППО’s own site; nothing runs off the sheet', async ({
  browser,
}) => {
  const s = snapshot()
  const items = expectedItems(s.feed, WEEK_MONDAY)
  // A title with a word longer than the sheet is wide: it must wrap, not run off.
  const long = { ...items[1]!, title: `Сверхдлинноеслово${'союз'.repeat(40)} и обычные слова` }
  const wide: Snapshot = { ...s, feed: s.feed.map((i) => (i.id === long.id ? long : i)) }
  const { pathname, html } = await renderStandPage(renderer, wide, WEEK)
  const context = await browser.newContext({
    viewport: { width: PRINTABLE_WIDTH_PX, height: 1200 },
    deviceScaleFactor: 2,
  })
  const page = await context.newPage()
  const url = `http://${HOST}:${demo.port()}${pathname.slice(HOST.length + 1)}`
  await page.route(url, (route) =>
    route.fulfill({ status: 200, body: html, contentType: 'text/html; charset=utf-8' }),
  )
  await page.emulateMedia({ media: 'print' })
  await page.goto(url)
  await expect(page.locator('.stand-item-title')).toHaveText(
    items.map((i) => (i === items[1] ? long.title : i.title)),
  )
  expect(await overflowing(page)).toEqual([])
  const blank = await context.newPage()
  await expectQrCodes(
    page,
    blank,
    items.map((i) => itemUrl(s, i)),
  )
  // Each item's address is also written out for a reader without a phone.
  await expect(page.locator('.stand-url').first()).toContainText(itemUrl(s, items[0]!))
  await context.close()
})

test('the site’s «Стенд» links the latest week; the job prints its PDF once, again when it changed', async ({
  browser,
  page,
}) => {
  const s = snapshot()
  const newest = [...s.feed].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]!
  const latest = expectedItems(s.feed, mondayInMoscow(newest.publishedAt))
  await page.goto(demo.url(HOST))
  await page.locator('.site-footer').getByRole('link', { name: 'Стенд', exact: true }).click()
  await expect(page).toHaveURL(demo.url(HOST, '/stand/'))
  expect(await axeViolations(page)).toEqual([])
  const pdfLink = page.getByRole('link', { name: 'Скачать PDF' })
  const label = /\/stand\/(\d{4}-w\d{2})\.pdf$/.exec(
    (await pdfLink.getAttribute('href')) ?? '',
  )?.[1]
  expect(label).toBeDefined()
  await page.getByRole('link', { name: 'Открыть страницу для печати' }).click()
  await expect(page.locator('.stand-item-title')).toHaveText(latest.map((i) => i.title))
  expect(await axeViolations(page)).toEqual([])

  // The job, on a copy of the published host (it writes into the live folder).
  const sitesDir = mkdtempSync(path.join(tmpdir(), 'union-sites-stand-'))
  try {
    cpSync(path.join(demo.outDir(), HOST), path.join(sitesDir, HOST), { recursive: true })
    cpSync(path.join(demo.outDir(), '_astro'), path.join(sitesDir, '_astro'), { recursive: true })
    const core = browser as unknown as CoreBrowser
    const first = await printStands(core, sitesDir)
    expect(first).toEqual({ printed: [`${HOST}/stand/${label}.pdf`], failed: [] })
    const file = path.join(sitesDir, HOST, 'stand', `${label}.pdf`)
    const read = await readPdf(readFileSync(file))
    expectExactlyInOrder(read.text, latest, s.feed)
    // Nothing changed: nothing printed.
    expect(await printStands(core, sitesDir)).toEqual({ printed: [], failed: [] })
    // The worker re-rendered the print page (a newer file): printed again.
    const printPage = path.join(sitesDir, HOST, 'stand', label!, 'index.html')
    const later = new Date(statSync(file).mtimeMs + 60_000)
    utimesSync(printPage, later, later)
    expect((await printStands(core, sitesDir)).printed).toEqual([`${HOST}/stand/${label}.pdf`])
    // Changed again at once: with a reprint pause (STAND_REPRINT_MINUTES) it waits its turn.
    const again = new Date(statSync(file).mtimeMs + 60_000)
    utimesSync(printPage, again, again)
    const hour = 3_600_000
    expect(await printStands(core, sitesDir, undefined, hour)).toEqual({ printed: [], failed: [] })
    const anHourOn = await printStands(core, sitesDir, undefined, hour, Date.now() + hour)
    expect(anHourOn.printed).toEqual([`${HOST}/stand/${label}.pdf`])
  } finally {
    rmSync(sitesDir, { recursive: true, force: true })
  }
})
