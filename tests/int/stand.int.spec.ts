import { handleEndpoints, type Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isoWeekOf, weekLabel } from '../../domain/stand/isoWeek'
import { SiteRenderer } from '../../publishing/render/siteRenderer'
import { mailMondayStands } from '../../publishing/stand/mondayStands'
import { launchStandBrowser } from '../../publishing/stand/standPdf'
import { apiClient } from '../helpers/apiClient'
import { pdfTextIsolated } from '../helpers/pdfTextIsolated'
import { startTestMailbox, type TestMailbox } from '../helpers/mail/testMailbox'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

/**
 * The Monday mail of the weekly stand (issue 17): the stand printer queues each org's stand of
 * the week to its chairperson, the job runner sends it through the project's mail transport with
 * the PDF attached, and a second pass the same Monday sends nothing again.
 */
const FROM = 'Union Sites <no-reply@stand-test.localhost>'
const CHAIR = 'chair@ppo-a1.test'

let t: TestPayload
let payload: Payload
let world: World
let mailbox: TestMailbox
let restoreMail: () => void
let browser: Browser
let renderer: SiteRenderer

beforeAll(async () => {
  mailbox = await startTestMailbox()
  restoreMail = mailbox.pointProductHere({ from: FROM })
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  renderer = await SiteRenderer.open()
  browser = await launchStandBrowser()
}, 480_000)

afterAll(async () => {
  await browser?.close()
  restoreMail?.()
  await t?.close()
  await mailbox?.close()
})

describe('the stand mailed on Monday', () => {
  it('reaches the ППО’s chairperson with the week’s stand as a PDF, once', async () => {
    await payload.update({
      collection: 'organizations',
      id: world.orgs.ppoA1,
      data: { leadership: { chairperson: { name: 'Иван Петрович Сидоров', email: CHAIR } } },
    } as never)
    // The world's items were published just now: this week's stand has them.
    const week = isoWeekOf(new Date(), 'Europe/Moscow')
    const first = await mailMondayStands(payload, browser, renderer, week)
    // Only the org with an address gets one; the others have no chairperson or officer e-mail.
    expect(first.queued).toEqual([expect.stringContaining(`→ ${CHAIR}`)])
    await payload.jobs.run({ limit: 100 })
    const mail = await mailbox.waitFor((m) => m.recipients.includes(CHAIR))
    expect(mail.parsed.subject).toMatch(/^Стенд на неделю \d+ — ППО А1$/)
    expect(mail.parsed.headers.get('auto-submitted')).toBe('auto-generated')
    expect(mail.parsed.text).toContain('Распечатайте листы')
    const [attachment, ...more] = mail.parsed.attachments
    expect(more).toEqual([])
    expect(attachment!.contentType).toBe('application/pdf')
    expect(attachment!.filename).toBe(`stend-ppo-a1-${weekLabel(week)}.pdf`)
    const text = await pdfTextIsolated(new Uint8Array(attachment!.content))
    expect(text).toContain('published ppoA1')
    expect(text).toContain('ППО А1')
    expect(text).toMatch(/Стр\. 1 из \d/)

    // The same Monday again (a restarted printer): nothing is queued twice.
    expect((await mailMondayStands(payload, browser, renderer, week)).queued).toEqual([])
    await payload.jobs.run({ limit: 100 })
    expect(mailbox.messagesTo(CHAIR)).toHaveLength(1)
  }, 240_000)
})

describe('«Стенд на неделю» from the admin (GET /api/organizations/:id/stand/:week)', () => {
  const week = () => weekLabel(isoWeekOf(new Date(), 'Europe/Moscow'))
  const token = (who: keyof World['users']) =>
    apiClient(payload).login(world.users[who].email, PASSWORD)

  async function get(path: string, who?: keyof World['users']) {
    const headers = new Headers()
    if (who) headers.set('Authorization', `JWT ${await token(who)}`)
    const request = new Request(`http://localhost:3000/api${path}`, { headers })
    return handleEndpoints({ config: payload.config, request })
  }

  it('refuses a visitor, an editor of another org, a bad week and an unknown org, in Russian', async () => {
    const own = `/organizations/${world.orgs.ppoA1}/stand`
    const anonymous = await get(`${own}/${week()}`)
    expect(anonymous.status).toBe(401)
    const other = await get(`${own}/${week()}`, 'unionBEditor')
    expect(other.status).toBe(403)
    expect(((await other.json()) as { message: string }).message).toContain('редакторам')
    for (const bad of ['2025-w53', '2026-W10', 'x'])
      expect((await get(`${own}/${bad}`, 'ppoEditor')).status, bad).toBe(400)
    expect((await get(`/organizations/999999/stand/${week()}`, 'ppoEditor')).status).toBe(404)
  }, 240_000)

  it('gives the org’s editor that week’s stand as a PDF', async () => {
    const response = await get(`/organizations/${world.orgs.ppoA1}/stand/${week()}`, 'ppoEditor')
    // Printed in a child process that boots the CMS on the same database: up to half a minute.
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toContain(`${week()}.pdf`)
    const text = await pdfTextIsolated(new Uint8Array(await response.arrayBuffer()))
    expect(text).toContain('published ppoA1')
  }, 240_000)
})
