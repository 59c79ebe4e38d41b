import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './helpers/axe'
import { demo } from './helpers/demo'

/**
 * Issue 15 on the demo: on a phone (390×844) the main menu is one row until opened (by click or
 * Enter, without JavaScript), a ППО home page shows its news above the fold with the
 * organization's description below it, and the accessibility switch stays in view; on a wide
 * screen the full menu is shown. МФП's structure page lists its member organizations.
 */
const PPO = 'shkola-1234.localhost'
const PHONE = { width: 390, height: 844 }
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Основное меню' })
const toggle = (page: Page) => mainMenu(page).locator('summary')
const newsLink = (page: Page) => mainMenu(page).getByRole('link', { name: 'Новости' })

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox()
  expect(found, selector).not.toBeNull()
  return found!
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE })

  test('the menu is one row, opens on click, and the page passes axe closed and open', async ({
    page,
  }) => {
    await page.goto(demo.url(PPO))
    const nav = await box(page, '.main-nav')
    // One row: the 44 px toggle and its padding, not three rows of links.
    expect(nav.height).toBeLessThanOrEqual(60)
    await expect(toggle(page)).toBeVisible()
    await expect(toggle(page)).toContainText('Меню')
    await expect(newsLink(page)).toBeHidden()
    expect(await axeViolations(page)).toEqual([])

    await toggle(page).click()
    await expect(newsLink(page)).toBeVisible()
    await expect(mainMenu(page).getByRole('link', { name: 'Контакты' })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await newsLink(page).click()
    await expect(page).toHaveURL(demo.url(PPO, '/news/'))
    // A new page opens with the menu closed again.
    await expect(newsLink(page)).toBeHidden()
  })

  test('the menu is reached with Tab, shows its focus and opens on Enter', async ({ page }) => {
    await page.goto(demo.url(PPO))
    let reached = false
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await toggle(page).evaluate((el) => el === document.activeElement)
    }
    expect(reached).toBe(true)
    const outline = await toggle(page).evaluate((el) => {
      const style = getComputedStyle(el)
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
    })
    expect(outline.style).not.toBe('none')
    expect(outline.width).toBeGreaterThanOrEqual(2)
    await page.keyboard.press('Enter')
    await expect(newsLink(page)).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(newsLink(page)).toBeFocused()
  })

  test('a ППО home page shows news above the fold, the description below, the switch in view', async ({
    page,
  }) => {
    await page.goto(demo.url(PPO))
    const card = await box(page, 'main article')
    // The first card's title is on the first screen.
    expect(card.y + 48).toBeLessThan(PHONE.height)
    await expect(page.locator('main article .card-title').first()).toBeInViewport()
    const about = await box(page, '.home-about')
    expect(about.y).toBeGreaterThan(card.y)
    const a11y = page.getByText('Версия для слабовидящих')
    await expect(a11y).toBeInViewport()
  })
})

test('on a wide screen the whole menu is shown in one row, without a toggle', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(demo.url(PPO))
  await expect(toggle(page)).toBeHidden()
  await expect(newsLink(page)).toBeVisible()
  await expect(mainMenu(page).getByRole('link', { name: 'Контакты' })).toBeVisible()
  expect((await box(page, '.main-nav')).height).toBeLessThanOrEqual(60)
  // News and the description side by side.
  const card = await box(page, 'main article')
  const about = await box(page, '.home-about')
  expect(about.x).toBeGreaterThan(card.x + card.width - 1)
})

test('МФП’s structure page lists its member organizations, each a link to its site', async ({
  page,
}) => {
  await page.goto(demo.url('mfp.localhost', '/structure/'))
  const members = page.getByRole('region', { name: 'Членские организации' })
  for (const name of [
    'Московская городская организация Профсоюза образования',
    'Московская территориальная организация профсоюза судостроителей',
  ])
    await expect(members.getByRole('link', { name })).toBeVisible()
  await members.getByRole('link', { name: /Профсоюза образования/ }).click()
  await expect(page).toHaveURL(demo.url('obr-moskva.localhost'))
  await page.goto(demo.url('obr-moskva.localhost', '/structure/'))
  const memberOf = page.getByRole('region', { name: 'Входит в' })
  await expect(
    memberOf.getByRole('link', { name: 'Московская федерация профсоюзов' }),
  ).toBeVisible()
})
