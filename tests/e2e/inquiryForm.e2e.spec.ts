import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './helpers/axe'
import { demo } from './helpers/demo'
import { multipartField, startStubCms, type StubCms } from './helpers/inquiryStubCms'

/**
 * The feedback form on the demo's sites (issue 16), in Chromium: axe on the form, confirmation
 * and policy pages; every control reachable and operable by keyboard alone; an empty submit with
 * JavaScript shows the error summary (focused, linking to the fields) and keeps what was typed;
 * without JavaScript the form is a plain multipart POST to the site's own `/_forms/`. The e2e
 * demo serves the static sites without a CMS: the last tests send through a preview server of the
 * demo that forwards `/_forms/` to a stand-in CMS (real ALTCHA challenges, contract answers).
 */
const HOST = 'shkola-1234.localhost'
const SECTION = { host: 'obr-moskva.localhost', base: '/org/solnyshko' }

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')

test('the form, the confirmation and the policy pages: 0 axe violations', async ({ page }) => {
  for (const path of ['/feedback/', '/feedback/sent/', '/privacy/']) {
    await page.goto(demo.url(HOST, path))
    expect(await axeViolations(page), path).toEqual([])
  }
  await page.goto(demo.url(HOST, '/feedback/sent/'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Обращение отправлено')
  await expect(page.getByRole('link', { name: 'Вернуться на главную' })).toHaveAttribute(
    'href',
    '/',
  )
  await page.goto(demo.url(HOST, '/privacy/'))
  await expect(page.getByText(/^Оператор персональных данных — .+\.$/)).toBeVisible()
})

test('every control has a label; the consent links to the policy; «Задать вопрос» in the footer', async ({
  page,
}) => {
  await page.goto(demo.url(HOST, '/'))
  await page.getByRole('contentinfo').getByRole('link', { name: 'Задать вопрос' }).click()
  await expect(page).toHaveURL(demo.url(HOST, '/feedback/'))
  for (const label of [
    'Тема обращения',
    'Текст обращения',
    'Ваше имя',
    'Электронная почта',
    'Телефон',
    'Место работы',
    'Файл',
  ])
    await expect(page.getByLabel(label, { exact: false }).first(), label).toBeVisible()
  const consent = page.getByRole('checkbox', { name: /152-ФЗ/ })
  await expect(consent).toBeVisible()
  await expect(
    page.getByRole('link', { name: 'политикой обработки персональных данных' }),
  ).toHaveAttribute('href', '/privacy/')
})

test('keyboard only: every control in order, the honeypot never reached', async ({ page }) => {
  await page.goto(demo.url(HOST, '/feedback/'))
  await page.locator('#inquiry-topic').focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('#inquiry-topic')).toHaveValue('union')
  const visited: string[] = []
  const next = async () => {
    await page.keyboard.press('Tab')
    visited.push(await activeId(page))
  }
  await next()
  expect(visited.at(-1)).toBe('inquiry-message')
  await page.keyboard.type('Прошу разъяснить порядок оплаты сверхурочной работы.')
  await next()
  await page.keyboard.type('Анна Петрова')
  await next()
  await page.keyboard.type('anna@example.ru')
  await next()
  await page.keyboard.type('+7 900 000-00-00')
  await next()
  await page.keyboard.type('Школа № 1234, учитель')
  await next() // the file input
  await next()
  expect(visited.at(-1)).toBe('inquiry-consent')
  await page.keyboard.press('Space')
  await expect(page.locator('#inquiry-consent')).toBeChecked()
  for (let i = 0; i < 8 && (await activeId(page)) !== 'inquiry-submit'; i++) {
    await page.keyboard.press('Tab')
    visited.push(await activeId(page))
    if (await page.evaluate(() => document.activeElement?.matches('button[type=submit]'))) break
  }
  expect(visited).toEqual(
    expect.arrayContaining(['inquiry-message', 'inquiry-name', 'inquiry-email', 'inquiry-phone']),
  )
  expect(visited).not.toContain('inquiry-website')
  expect(await page.evaluate(() => document.activeElement?.matches('button[type=submit]'))).toBe(
    true,
  )
  await expect(page.locator('#inquiry-name')).toHaveValue('Анна Петрова')
  await expect(page.locator('#inquiry-workplace')).toHaveValue('Школа № 1234, учитель')
})

test('an empty submit with JavaScript: the summary, focused, links to the fields; nothing typed is lost', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(demo.url(HOST, '/feedback/'))
  await page.locator('#inquiry-name').fill('Анна')
  await page.locator('#inquiry-workplace').fill('Школа № 1234')
  await page.getByRole('button', { name: 'Отправить обращение' }).click()
  const summary = page.locator('[data-error-summary]')
  await expect(summary).toBeVisible()
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('heading')).toHaveText('Проверьте форму')
  const hrefs = await summary
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  expect(hrefs).toEqual([
    '#inquiry-topic',
    '#inquiry-message',
    '#inquiry-email',
    '#inquiry-consent',
  ])
  await expect(page.locator('#inquiry-message-error')).toBeVisible()
  await expect(page.locator('#inquiry-message')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#inquiry-name')).not.toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#inquiry-name')).toHaveValue('Анна')
  await expect(page.locator('#inquiry-workplace')).toHaveValue('Школа № 1234')
  // A summary link puts the focus into its field.
  await summary.getByRole('link').nth(1).click()
  await expect(page.locator('#inquiry-message')).toBeFocused()
  expect(await axeViolations(page)).toEqual([])
  expect(errors).toEqual([])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a plain multipart POST to the site’s own /_forms/, on a site and a section site', async ({
    page,
  }) => {
    for (const [host, base] of [
      [HOST, ''],
      [SECTION.host, SECTION.base],
    ] as const) {
      await page.goto(demo.url(host, `${base}/feedback/`))
      const form = page.locator('form[data-inquiry-form]')
      await expect(form).toHaveAttribute('method', 'post')
      await expect(form).toHaveAttribute('action', `${base}/_forms/inquiry`)
      await expect(form).toHaveAttribute('enctype', 'multipart/form-data')
      await expect(page.locator('.inquiry-note')).toBeVisible()
      await expect(page.locator('[data-error-summary]')).toBeHidden()
    }
  })
})

test.describe('sending through the site’s own host to a stand-in CMS', () => {
  let cms: StubCms
  test.beforeAll(async () => {
    cms = await startStubCms()
  })
  test.afterAll(async () => cms?.close())

  const fill = async (page: Page) => {
    await page.locator('#inquiry-topic').selectOption('pay')
    await page
      .locator('#inquiry-message')
      .fill('Прошу разъяснить порядок оплаты сверхурочной работы.')
    await page.locator('#inquiry-name').fill('Анна Петрова')
    await page.locator('#inquiry-email').fill('anna@example.ru')
    await page.locator('#inquiry-consent').check()
  }

  test('with JavaScript: the proof of work under the CSP, a JSON post, then the confirmation', async ({
    page,
  }) => {
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => {
      // The refusal below is a 400 the browser logs; anything else (a CSP report) is a problem.
      if (message.type() === 'error' && !/status of 400/.test(message.text()))
        problems.push(message.text())
    })
    await page.goto(cms.url(HOST, '/feedback/'))
    await fill(page)
    // A refusal first: the error next to its field, the summary focused, nothing typed lost.
    cms.refuseNext({ email: 'Проверьте адрес электронной почты.' })
    await page.getByRole('button', { name: 'Отправить обращение' }).click()
    await expect(page.locator('#inquiry-email-error')).toHaveText(
      'Проверьте адрес электронной почты.',
    )
    await expect(page.locator('[data-error-summary]')).toBeFocused()
    await expect(page.locator('[data-summary-message]')).toHaveText('Проверьте поля формы.')
    await expect(page.locator('#inquiry-message')).toHaveValue(
      'Прошу разъяснить порядок оплаты сверхурочной работы.',
    )
    await expect(page.locator('#inquiry-consent')).toBeChecked()
    await page.getByRole('button', { name: 'Отправить обращение' }).click()
    await expect(page).toHaveURL(cms.url(HOST, '/feedback/sent/'), { timeout: 30_000 })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Обращение отправлено')
    const [refused, sent] = cms.posts.slice(-2)
    expect(sent!.accept).toContain('application/json')
    expect(sent!.forwardedHost).toBe(new URL(cms.url(HOST, '/')).host)
    expect(multipartField(sent!.body, 'topic')).toBe('pay')
    expect(multipartField(sent!.body, 'consent')).toBe('yes')
    expect(multipartField(sent!.body, 'website')).toBe('')
    expect(multipartField(sent!.body, 'org')).toMatch(/\S/)
    // Each try carries its own proof of work (a solution is accepted once).
    expect(multipartField(refused!.body, 'altcha')).toMatch(/^[A-Za-z0-9+/=]{40,}$/)
    expect(multipartField(sent!.body, 'altcha')).toMatch(/^[A-Za-z0-9+/=]{40,}$/)
    expect(multipartField(sent!.body, 'altcha')).not.toBe(multipartField(refused!.body, 'altcha'))
    expect(problems).toEqual([])
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('a plain POST, answered 303, lands on the confirmation page', async ({ page }) => {
      await page.goto(cms.url(HOST, '/feedback/'))
      await fill(page)
      await page.getByRole('button', { name: 'Отправить обращение' }).click()
      await expect(page).toHaveURL(cms.url(HOST, '/feedback/sent/'))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Обращение отправлено')
      const sent = cms.posts.at(-1)!
      expect(sent.accept).not.toContain('application/json')
      expect(multipartField(sent.body, 'message')).toBe(
        'Прошу разъяснить порядок оплаты сверхурочной работы.',
      )
      expect(multipartField(sent.body, 'altcha')).toBeUndefined()
    })
  })
})
