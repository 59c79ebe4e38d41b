import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMailingStack, type MailingStack } from '../helpers/mail/mailingStack'
import { subscriptionClient, TOKEN_IN_LINK } from '../helpers/subscriptionClient'

/**
 * Issue 17's «done when», end to end through the public endpoints: a reader subscribes on a
 * ППО's site, confirms from the mail, and the federation's items reach them at once or in the
 * weekly digest as they chose, never one the ППО hid; the one-click unsubscribe stops the mail.
 */
let s: MailingStack
let sub: ReturnType<typeof subscriptionClient>
let ip = 0
const nextIp = () => `198.51.100.${++ip}`
const EVERY = 'journey.every@reader.test'
const WEEKLY = 'journey.weekly@reader.test'
const titled = (mails: ParsedMail[], title: string) =>
  mails.filter((m) => (m.text ?? '').includes(title))

beforeAll(async () => {
  s = await startMailingStack('Union Sites <no-reply@fed.localhost>')
  sub = subscriptionClient(s.payload)
  await s.release() // the world's sites go live: the form checks the host against them
}, 120_000)

afterAll(async () => {
  await s?.close()
})

/** Subscribes on the ППО А1 site and follows the confirmation mail's link (POST). */
async function subscribeAndConfirm(email: string, mode: 'every' | 'weekly') {
  const host = s.hostOf(s.world.orgs.ppoA1)
  const fields = { org: String(s.world.orgs.ppoA1), email, mode, consent: 'yes', website: '' }
  const answer = await sub.subscribe(
    { ...fields, altcha: await sub.solve() },
    { host, ip: nextIp() },
  )
  expect(answer.status).toBe(201)
  await s.runJobs()
  const mail = await s.mailbox.waitFor((m) => m.recipients.includes(email))
  expect(mail.parsed.subject).toMatch(/Подтвердите подписку/)
  const token = TOKEN_IN_LINK.exec(mail.parsed.text ?? '')![1]!
  const confirmed = await sub.link('confirm', {
    method: 'POST',
    host,
    ip: nextIp(),
    body: { token },
  })
  expect(confirmed.status).toBe(200)
}

describe('a reader’s whole way: subscribe, confirm, receive, leave', () => {
  it('an item of the federation arrives at once or in the digest as chosen, a hidden one never; the one-click POST stops the mail', async () => {
    const { fed, ppoA1 } = s.world.orgs
    await subscribeAndConfirm(EVERY, 'every')
    await subscribeAndConfirm(WEEKLY, 'weekly')
    // Before anything is published, only the two confirmation mails went out.
    expect(s.mailbox.received).toHaveLength(2)

    await s.post(fed, 'Федерация: для всех ППО')
    const hidden = await s.post(fed, 'Федерация: скрытая в А1')
    await s.payload.create({
      collection: 'feed-decisions',
      data: { organization: ppoA1, post: hidden, action: 'hide' } as never,
      depth: 0,
    })
    await s.release()
    await s.mailbox.waitFor(
      (m) => m.recipients.includes(EVERY) && /^Федерация: для всех/.test(m.parsed.subject ?? ''),
    )
    const every = s.mailbox.messagesTo(EVERY)
    expect(titled(every, 'Федерация: для всех ППО')).toHaveLength(1)
    expect(titled(every, 'Федерация: скрытая в А1')).toHaveLength(0)
    // The weekly reader gets nothing until the digest.
    expect(s.mailbox.messagesTo(WEEKLY)).toHaveLength(1)

    const [item] = titled(every, 'Федерация: для всех ППО')
    const host = s.hostOf(ppoA1)
    const oneClick = s.header(item!, 'List-Unsubscribe')!
    expect(oneClick).toMatch(
      new RegExp(`^<https://${host}/_forms/unsubscribe\\?token=[\\w-]{43}>$`),
    )
    expect(s.header(item!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(s.header(item!, 'List-Id')).toContain(`<news.${ppoA1}.${host}>`)
    expect(s.header(item!, 'Auto-Submitted')).toBe('auto-generated')

    await s.payload.jobs.queue({
      task: 'mailWeeklyDigest',
      input: { week: new Date().toISOString() },
    })
    await s.runJobs()
    const digest = await s.mailbox.waitFor(
      (m) => m.recipients.includes(WEEKLY) && /Новости за неделю/.test(m.parsed.subject ?? ''),
    )
    expect(digest.parsed.text).toContain('Федерация: для всех ППО')
    expect(digest.parsed.text).not.toContain('Федерация: скрытая в А1')
    expect(
      s.mailbox.messagesTo(EVERY).filter((m) => /Новости за неделю/.test(m.subject ?? '')),
    ).toHaveLength(0)

    // The mail client's «Отписаться»: RFC 8058's POST to the header's link, nothing else.
    const url = new URL(oneClick.slice(1, -1))
    const left = await sub.link('unsubscribe', {
      method: 'POST',
      token: url.searchParams.get('token')!,
      host: url.host,
      ip: nextIp(),
      body: { 'List-Unsubscribe': 'One-Click' },
    })
    expect(left.status).toBe(200)
    const count = s.mailbox.messagesTo(EVERY).length
    await s.post(fed, 'Федерация: после отписки')
    await s.release()
    expect(s.mailbox.messagesTo(EVERY)).toHaveLength(count)
  })
})
