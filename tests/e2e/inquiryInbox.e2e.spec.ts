import type { Browser, Locator, Page } from '@playwright/test'
import { DEMO_LOGINS, signIn as signInOn, type Login } from './helpers/adminSignIn'
import { expect, test } from './helpers/adminStack'
import type { PublishingStack } from './helpers/publishingStack'

/**
 * The whole way of an inquiry (issue 16), in Chromium on the published demo: a miner writes to
 * his ППО through the form on its site (JavaScript, real ALTCHA); the ППО's editor sees the count
 * on the dashboard, opens the inquiry (the member's words shown as text, nothing of them runs),
 * is refused in Russian when she marks it answered without an answer, and forwards it up; the
 * Терком's admin finds it, answers, and the member's mailbox on the stack's SMTP server receives
 * the answer; the first answer is recorded for monitoring.
 *
 * The demo's ППО editor (school № 1234) has no Терком admin above her, and the Kuzbass Терком
 * admin's ППО have no editors: so the Терком admin first adds an editor to one of his ППО, as an
 * org admin does in the admin.
 */
const HOST = 'shakhta-zarechnaya.localhost'
const TERKOM = DEMO_LOGINS.terkomAdmin
const EDITOR = {
  email: 'editor@zarechnaya.demo',
  password: 'zarechnaya-editor-2026',
  name: 'Елена Горбунова',
}
const MEMBER = { email: 'gornyak.inbox@example.ru', name: 'Сергей <b>Горняков</b>' }
const MESSAGE =
  'Второй месяц не выдают спецодежду на участке № 3. ' +
  '<script>window.__inquiryXss = 1; alert(1)</script><img src=x onerror="window.__inquiryXss = 2">'
const NO_ANSWER = 'Чтобы отметить обращение отвеченным, впишите ответ участнику.'
const NOTE = 'Нарушение охраны труда на шахте: нужна правовая инспекция Терркома.'
const ANSWER =
  'Сергей, правовая инспекция проверит участок № 3 на этой неделе.\n\nСпецодежда должна выдаваться по нормам: сохраните отказ в письменном виде.'

let stack: PublishingStack
let api: string
let zarechnaya: number
let kuzbass: number
let inquiryId: string

async function rest(path: string, token: string, init: RequestInit = {}) {
  const response = await fetch(`${api}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...init.headers },
  })
  const body = await response.json()
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`)
  return body
}

async function token(who: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${api}/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(who),
  })
  expect(response.ok, `login ${who.email}`).toBe(true)
  return ((await response.json()) as { token: string }).token
}

/** A signed-in admin page that records what would betray broken or executed markup. */
async function signIn(browser: Browser, who: Login) {
  const page = await (await browser.newContext({ locale: 'ru-RU' })).newPage()
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('dialog', (d) => {
    // Leaving a form with unsaved (refused) changes asks first: that one is the admin's own.
    if (d.type() === 'beforeunload') return void d.accept()
    problems.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  await signInOn(page, stack.adminUrl, who)
  return { page, problems }
}

/** What an org must answer now: its own new inquiries (not those it only passed on). */
async function ownNewCount(who: string, org: number) {
  const where = `where[status][equals]=new&where[organization][equals]=${org}`
  return (await rest(`/inquiries/count?${where}`, who)).totalDocs as number
}

const dashboardCount = (page: Page) => page.getByRole('region', { name: 'Обращения' })

async function openInquiry(page: Page) {
  await page.goto(`${stack.adminUrl}/collections/inquiries/${inquiryId}`)
  // The form is interactive once hydrated; a click earlier would be lost.
  await page.waitForLoadState('networkidle', { timeout: 300_000 })
}

/** Opens a row of the list; the list re-renders as it hydrates, which may swallow a click. */
async function openRow(page: Page, row: Locator) {
  await page.waitForLoadState('networkidle', { timeout: 300_000 })
  await expect(async () => {
    await row.locator('a').first().click({ timeout: 10_000 })
    await expect(page).toHaveURL(/\/admin\/collections\/inquiries\/\d+/, { timeout: 30_000 })
  }).toPass({ timeout: 300_000 })
  await page.waitForLoadState('networkidle', { timeout: 300_000 })
}

async function chooseStatus(page: Page, label: string) {
  // #field-status wraps the label and description too: open the select itself.
  await page.locator('#field-status .rs__control').click()
  await page.locator('.rs__option', { hasText: label }).click()
  await expect(page.locator('#field-status .rs__single-value')).toHaveText(label)
}

const save = (page: Page) =>
  Promise.all([
    page.waitForResponse(
      (r) => r.url().includes(`/api/inquiries/${inquiryId}`) && r.request().method() === 'PATCH',
      { timeout: 300_000 },
    ),
    page.getByRole('button', { name: 'Сохранить' }).click(),
  ]).then(([response]) => response)

test.describe.configure({ mode: 'serial' })
// A lost click should fail in a minute, not at the end of the test's long timeout.
test.use({ actionTimeout: 60_000 })
test.beforeAll(async ({ stack: shared }) => {
  test.setTimeout(900_000)
  stack = shared
  api = stack.adminUrl.replace(/\/admin$/, '/api')
  const terkom = await token(TERKOM)
  const org = async (slug: string) =>
    (await rest(`/organizations?where[slug][equals]=${slug}&depth=0&limit=1`, terkom)).docs[0]
      .id as number
  zarechnaya = await org('shakhta-zarechnaya')
  kuzbass = await org('ugol-kuzbass')
  await rest('/users', terkom, {
    method: 'POST',
    body: JSON.stringify({
      ...EDITOR,
      grants: [{ organization: zarechnaya, role: 'editor', subtree: false }],
    }),
  })
})

test('a member sends the form on the ППО site and lands on the confirmation page', async ({
  page,
}) => {
  test.setTimeout(300_000)
  const site = (path: string) => `http://${HOST}:${stack.sitesPort}${path}`
  await page.goto(site('/feedback/'))
  await page.locator('#inquiry-topic').selectOption('safety')
  await page.locator('#inquiry-message').fill(MESSAGE)
  await page.locator('#inquiry-name').fill(MEMBER.name)
  await page.locator('#inquiry-email').fill(MEMBER.email)
  await page.locator('#inquiry-workplace').fill('Шахта «Заречная», участок № 3')
  await page.locator('#inquiry-consent').check()
  await page.getByRole('button', { name: 'Отправить обращение' }).click()
  await expect(page).toHaveURL(site('/feedback/sent/'), { timeout: 60_000 })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Обращение отправлено')
  // The ППО's editors are told by mail, without the member's words.
  const notice = await stack.mailbox.waitFor(
    (m) =>
      m.recipients.includes(EDITOR.email) && m.parsed.subject === 'Новое обращение: Охрана труда',
    { timeoutMs: 120_000 },
  )
  expect(notice.parsed.text).not.toContain('спецодежду')
})

test('the ППО editor sees the count, reads it as text, is refused in Russian, forwards it up', async ({
  browser,
}) => {
  test.setTimeout(600_000)
  const editor = await token(EDITOR)
  const own = await ownNewCount(editor, zarechnaya)
  expect(own).toBe(1)
  const { page, problems } = await signIn(browser, EDITOR)
  await expect(dashboardCount(page)).toContainText('У вас 1 новое обращение.')
  await dashboardCount(page).getByRole('link', { name: 'Открыть обращения' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/inquiries/)
  const row = page.locator('table tbody tr', { hasText: 'Охрана труда' })
  await expect(row).toHaveCount(1, { timeout: 120_000 })
  // The member's name with markup: shown as the characters typed.
  await expect(row).toContainText(MEMBER.name)
  await openRow(page, row)
  inquiryId = /inquiries\/(\d+)/.exec(page.url())![1]!
  await expect(page.locator('#field-message')).toHaveValue(MESSAGE)
  await expect(page.locator('#field-name')).toHaveValue(MEMBER.name)
  expect(await page.evaluate(() => (window as { __inquiryXss?: number }).__inquiryXss)).toBe(
    undefined,
  )

  // «Отвечено» without an answer: refused, and said in Russian.
  await chooseStatus(page, 'Отвечено')
  const refused = await save(page)
  expect(refused.status()).toBe(400)
  // The server's refusal is this one (not another 400), and the editor is shown it.
  expect((await refused.json()).errors?.[0]?.message).toBe(NO_ANSWER)
  await expect(page.getByText(NO_ANSWER)).toBeVisible({ timeout: 30_000 })
  await expect(
    page.getByText(/something went wrong|an error has occurred|unauthorized|forbidden/i),
  ).toHaveCount(0)
  // The browser logs the refused request itself; that 400 is the one expected here.
  expect(problems.filter((p) => !/status of 400 \(Bad Request\)/.test(p))).toEqual([])
  problems.length = 0

  // The Терком above does not see a ППО's inquiry (its subtree grant notwithstanding) until
  // it is forwarded.
  const before = await fetch(`${api}/inquiries/${inquiryId}?depth=0`, {
    headers: { Authorization: `JWT ${await token(TERKOM)}` },
  })
  expect(before.status).toBe(404)

  // «Передать выше» with a note.
  await openInquiry(page)
  await page
    .locator('.collapsible', { hasText: 'Передать выше' })
    .getByRole('button', { name: 'Переключить Блок' })
    .click()
  await page.locator('#field-forwardUp').check()
  await page.locator('#field-forwardNote').fill(NOTE)
  const forwarded = await save(page)
  expect(forwarded.status()).toBe(200)
  const stored = await rest(`/inquiries/${inquiryId}?depth=0`, await token(TERKOM))
  expect(stored.organization).toBe(kuzbass)
  expect(stored.status).toBe('new')
  expect(stored.forwards).toHaveLength(1)
  expect(stored.forwards[0]).toMatchObject({ from: zarechnaya, to: kuzbass, note: NOTE })

  // Passed on: not the ППО's to answer any more, so not in its count.
  await page.goto(stack.adminUrl)
  await expect(dashboardCount(page)).toContainText('Новых обращений нет.')
  expect(problems).toEqual([])
})

test('the Терком admin answers; the member receives it by mail; the first answer is recorded', async ({
  browser,
}) => {
  test.setTimeout(600_000)
  await stack.mailbox.waitFor(
    (m) =>
      m.recipients.includes(TERKOM.email) &&
      m.parsed.subject === 'Обращение передано вашей организации: Охрана труда',
    { timeoutMs: 120_000 },
  )
  const terkom = await token(TERKOM)
  const waiting = await ownNewCount(terkom, kuzbass)
  expect(waiting).toBeGreaterThanOrEqual(1)
  const { page, problems } = await signIn(browser, TERKOM)
  await expect(dashboardCount(page)).toContainText(`У вас ${waiting} `)
  await page.goto(`${stack.adminUrl}/collections/inquiries?where[status][equals]=new`)
  const row = page.locator('table tbody tr', { hasText: MEMBER.name })
  await expect(row).toHaveCount(1, { timeout: 120_000 })
  await openRow(page, row)
  expect(page.url()).toContain(`/admin/collections/inquiries/${inquiryId}`)
  await expect(page.locator('#field-message')).toHaveValue(MESSAGE)
  await expect(page.getByText(NOTE)).toBeVisible()

  await page.locator('#field-answer').fill(ANSWER)
  await chooseStatus(page, 'Отвечено')
  const answered = await save(page)
  expect(answered.status()).toBe(200)

  const mail = (
    await stack.mailbox.waitFor((m) => m.recipients.includes(MEMBER.email), { timeoutMs: 120_000 })
  ).parsed
  expect(mail.subject).toBe('Ответ на ваше обращение — Кузбасская ТО Росуглепрофа')
  // Encoded for the wire (RFC 2047), decoded back to the same Russian by the client.
  const rawSubject = mail.headerLines.find((h) => h.key === 'subject')?.line ?? ''
  expect(rawSubject).toMatch(/=\?utf-8\?/i)
  expect(mail.from?.value[0]).toMatchObject({
    address: 'no-reply@union-sites.test',
    name: 'Сайты профсоюзов',
  })
  expect(mail.replyTo?.value[0]?.address).toBe('info@kuzbass-coal.demo')
  expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : '').toBe(MEMBER.email)
  expect(mail.text).toContain('правовая инспекция проверит участок № 3')
  expect(mail.text).toContain('сохраните отказ в письменном виде')
  // The member's name with markup is escaped in the HTML part, not rendered.
  expect(mail.html || '').not.toContain('<b>Горняков</b>')
  expect(mail.html || '').toContain('правовая инспекция проверит участок № 3')

  const record = await rest(`/inquiries/${inquiryId}?depth=0`, terkom)
  expect(record.status).toBe('answered')
  expect(record.answer).toBe(ANSWER)
  expect(Date.parse(record.firstAnsweredAt)).toBeGreaterThan(Date.parse(record.receivedAt))
  expect(record.answeredWithinTarget).toBe(true)
  expect(problems).toEqual([])
})
