import type { Page } from '@playwright/test'
import { DEMO_LOGINS, signIn } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * «Обязателен» to more sites than MANDATORY_CONFIRM_ABOVE (20 in the admin stack; the demo
 * federation reaches about 35): «Опубликовать» first asks, with the count; going back publishes
 * nothing, confirming publishes the post mandatory (issue 19). Scheduling its publication asks
 * the same when it is scheduled; scheduling its withdrawal does not.
 */
const TITLE = 'Федерация: обязательное сообщение о приёме документов'

let stack: PublishingStack

test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 60_000 })
test.beforeAll(({ stack: shared }) => {
  stack = shared
})

/** The posts the editor can see (drafts included) by `where`, read as the admin's page. */
async function saved(page: Page, where = `where[title][equals]=${encodeURIComponent(TITLE)}`) {
  const api = stack.adminUrl.replace(/\/admin$/, '/api')
  const query = `${where}&draft=true&depth=0&limit=5`
  const answer = await page.request.get(`${api}/posts?${query}`, {
    // The cookie counts only with the admin's Origin (CSRF).
    headers: { Origin: new URL(stack.adminUrl).origin },
  })
  expect(answer.ok()).toBe(true)
  return (await answer.json()).docs as {
    id: number
    title: string
    _status: string
    mandatory: boolean
  }[]
}

test('a mandatory post to many sites is published only after its editor confirms the count', async ({
  page,
}) => {
  test.setTimeout(900_000)
  await signIn(page, stack.adminUrl, DEMO_LOGINS.federationEditor)
  await page.goto(`${stack.adminUrl}/collections/posts/create`)
  // The form is interactive once hydrated; typing earlier would be reset by React.
  await page.waitForLoadState('networkidle')
  const title = page.locator('#field-title')
  await title.fill(TITLE)
  await expect(title).toHaveValue(TITLE)
  const mandatory = page.locator('input[id^="field-mandatory"]')
  await mandatory.check()
  await expect(mandatory).toBeChecked()

  const publish = page.getByRole('button', { name: /^Опубликовать/ })
  const modal = page.locator('.confirmation-modal')
  await publish.click()
  await expect(modal).toBeVisible({ timeout: 60_000 })
  await expect(modal).toContainText('Опубликовать обязательный материал?')
  const question = await modal.innerText()
  const sites = Number(/появится на (\d+) сайт(?:е|ах) нижестоящих организаций/.exec(question)?.[1])
  expect(sites).toBeGreaterThan(20)
  await expect(modal).toContainText('скрыть его там не смогут')

  // Going back publishes nothing and keeps what was typed.
  await modal.getByRole('button', { name: 'Вернуться к правке' }).click()
  await expect(modal).toBeHidden()
  await expect(page).toHaveURL(/\/collections\/posts\/create/)
  await expect(title).toHaveValue(TITLE)
  expect(await saved(page)).toEqual([])

  // Confirmed: Payload's own publish runs, and the post is out, mandatory.
  await publish.click()
  await expect(modal).toBeVisible({ timeout: 60_000 })
  await modal.getByRole('button', { name: 'Да, опубликовать' }).click()
  await expect(page).toHaveURL(/\/collections\/posts\/\d+/, { timeout: 300_000 })
  const [post] = await saved(page)
  expect(post).toMatchObject({ _status: 'published', mandatory: true })

  // A typo fixed in a post already published mandatory with the same reach is not asked again.
  await page.waitForLoadState('networkidle')
  await title.fill(`${TITLE}.`)
  await publish.click()
  await expect
    .poll(async () => (await saved(page, `where[id][equals]=${post!.id}`))[0]?.title ?? '', {
      timeout: 120_000,
    })
    .toBe(`${TITLE}.`)
  await expect(modal).toBeHidden()

  // The demo's other specs do not expect this post on the sites below.
  const removed = await page.request.delete(
    `${stack.adminUrl.replace(/\/admin$/, '/api')}/posts/${post!.id}`,
    { headers: { Origin: new URL(stack.adminUrl).origin } },
  )
  expect(removed.ok()).toBe(true)
})

test('a mandatory post scheduled for many sites is asked about when it is scheduled', async ({
  page,
}) => {
  test.setTimeout(900_000)
  const scheduledTitle = `${TITLE} (по расписанию)`
  await signIn(page, stack.adminUrl, DEMO_LOGINS.federationEditor)
  await page.goto(`${stack.adminUrl}/collections/posts/create`)
  await page.waitForLoadState('networkidle')
  await page.locator('#field-title').fill(scheduledTitle)
  await page.locator('input[id^="field-mandatory"]').check()
  // Payload schedules only a saved document without unsaved changes.
  await page.locator('#action-save-draft').click()
  await expect(page).toHaveURL(/\/collections\/posts\/\d+/, { timeout: 300_000 })
  await page.waitForLoadState('networkidle')

  await page.locator('#action-save-popup').click()
  await page.locator('#schedule-publish').click()
  const drawer = page.locator('.schedule-publish')
  await expect(drawer).toBeVisible()
  // Payload offers a never-published draft's withdrawal first: choose publishing.
  const types = drawer.locator('.schedule-publish__type li label')
  await types.first().click()
  /** A day of next month (later than now whatever the hour), at 13:00 on the 24-hour list. */
  const pick = async (day: number) => {
    await drawer.locator('.react-datepicker__input-container input').click()
    await page.locator('.react-datepicker__navigation--next').click()
    await page
      .locator(`.react-datepicker__day--0${day}:not(.react-datepicker__day--outside-month)`)
      .click()
    await page.locator('.react-datepicker__time-list-item', { hasText: /^13:00$/ }).click()
    await expect(page.locator('.react-datepicker__month')).toBeHidden()
  }
  await pick(15)
  const upcoming = drawer.locator('.schedule-publish__upcoming tbody tr')
  await expect(drawer.locator('.schedule-publish__upcoming')).toContainText(/Нет|нет/)

  const save = page.locator('#scheduled-publish-save')
  const modal = page.locator('.confirmation-modal')
  await save.click()
  await expect(modal).toBeVisible({ timeout: 60_000 })
  await expect(modal).toContainText('Запланировать обязательный материал?')
  await expect(modal).toContainText(/в назначенное время появится на \d+ сайт/)
  // Going back schedules nothing.
  await modal.getByRole('button', { name: 'Вернуться к правке' }).click()
  await expect(modal).toBeHidden()
  await expect(upcoming).toHaveCount(0)

  // Confirmed: Payload's own drawer schedules it.
  await save.click()
  await expect(modal).toBeVisible({ timeout: 60_000 })
  await modal.getByRole('button', { name: 'Да, запланировать' }).click()
  await expect(upcoming).toHaveCount(1, { timeout: 60_000 })

  // Unpublishing later sends nothing anywhere: not asked.
  await types.nth(1).click()
  await pick(20)
  await save.click()
  await expect(upcoming).toHaveCount(2, { timeout: 60_000 })
  await expect(modal).toBeHidden()

  const [post] = await saved(page, `where[title][equals]=${encodeURIComponent(scheduledTitle)}`)
  expect(post).toMatchObject({ _status: 'draft', mandatory: true })
  const removed = await page.request.delete(
    `${stack.adminUrl.replace(/\/admin$/, '/api')}/posts/${post!.id}`,
    { headers: { Origin: new URL(stack.adminUrl).origin } },
  )
  expect(removed.ok()).toBe(true)
})
