import type { AddressObject, ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configValue } from '../../config'
import { apiClient } from '../helpers/apiClient'
import { startTestMailbox, type TestMailbox } from '../helpers/mail/testMailbox'
import { runQueuedJobs } from '../helpers/runQueuedJobs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

const FROM = 'Union Sites <no-reply@mfp.localhost>'
const SERVER = 'http://admin.mail-test.localhost:3000'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
let mailbox: TestMailbox
let restoreMail: () => void
const before = {
  SERVER_URL: configValue('SERVER_URL'),
  EMAIL_REPLY_TO: configValue('EMAIL_REPLY_TO'),
}
const terEditor = 'tereditor@test.local'
const token = (email: string) => api.login(email, PASSWORD)

const fromOf = (mail: ParsedMail) => mail.from?.value[0]
const toOf = (mail: ParsedMail) => (mail.to as AddressObject).value.map((a) => a.address)

beforeAll(async () => {
  mailbox = await startTestMailbox()
  restoreMail = mailbox.pointProductHere({ from: FROM })
  // Links in mail are absolute: SERVER_URL is read when the message is built, like the mail settings.
  process.env.SERVER_URL = SERVER
  process.env.EMAIL_REPLY_TO = 'help@mfp.localhost'
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  await payload.create({
    collection: 'users',
    data: {
      email: terEditor,
      password: PASSWORD,
      name: 'terEditor',
      grants: [{ organization: world.orgs.terA, role: 'editor', subtree: false }],
    } as never,
  })
})

afterAll(async () => {
  restoreMail?.()
  for (const [name, value] of Object.entries(before))
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  await t?.close()
  await mailbox?.close()
})

describe('mail through the job queue to a real SMTP server', () => {
  let proposalId: string | number

  it('a ППО proposal reaches every editor of its Терком, and nobody else', async () => {
    const created = await api.rest('POST', '/proposals', {
      token: await token(world.users.ppoEditor.email),
      body: { post: world.posts['ppoA1:published'], organization: world.orgs.terA },
    })
    expect(created.status).toBe(201)
    proposalId = created.body.doc.id
    // Nothing leaves during the request: the mail goes out from the job.
    expect(mailbox.received).toHaveLength(0)
    await runQueuedJobs(payload, 4)

    const terAdmin = world.users.terAdmin.email
    for (const address of [terAdmin, terEditor]) {
      const { parsed } = await mailbox.waitFor((m) => m.recipients.includes(address))
      expect(parsed.subject).toBe('Предложен материал: «published ppoA1»')
      expect(fromOf(parsed)).toEqual({ name: 'Union Sites', address: 'no-reply@mfp.localhost' })
      expect(parsed.replyTo?.value[0]?.address).toBe('help@mfp.localhost')
      // One message per editor: nobody sees the other editors' addresses.
      expect(toOf(parsed)).toEqual([address])
      const link = `${SERVER}/admin/collections/proposals/${proposalId}`
      expect(parsed.text).toContain('ППО А1 предлагает разместить материал «published ppoA1»')
      expect(parsed.text).toContain(link)
      expect(parsed.html).toContain(`href="${link}"`)
      expect(parsed.html).toContain('Терком А')
      expect(parsed.headers.get('auto-submitted')).toBe('auto-generated')
      // Russian in headers travels as RFC 2047 encoded words, never raw 8-bit.
      const raw = (key: string) => parsed.headerLines.find((h) => h.key === key)?.line ?? ''
      expect(raw('subject')).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/)
      expect(parsed.headers.get('list')).toMatchObject({
        id: { id: `notices.${world.orgs.terA}.admin.mail-test.localhost` },
      })
      expect(raw('list-id')).toMatch(/=\?UTF-8\?Q\?/)
    }
    expect(mailbox.received).toHaveLength(2)
    for (const outsider of [
      world.users.unionBEditor.email,
      world.users.fedEditor.email,
      world.users.ppoEditor.email,
    ])
      expect(mailbox.messagesTo(outsider)).toEqual([])
  })

  it('the decision reaches the proposer', async () => {
    const declined = await api.rest('PATCH', `/proposals/${proposalId}`, {
      token: await token(world.users.terAdmin.email),
      body: { status: 'declined', reason: 'Уже опубликовано <b>нами</b>' },
    })
    expect(declined.status).toBe(200)
    await runQueuedJobs(payload, 4)
    const { parsed } = await mailbox.waitFor((m) =>
      m.recipients.includes(world.users.ppoEditor.email),
    )
    expect(parsed.subject).toBe('Материал не принят: «published ppoA1»')
    expect(parsed.text).toContain('Причина: Уже опубликовано <b>нами</b>')
    expect(parsed.html).toContain('Уже опубликовано &lt;b&gt;нами&lt;/b&gt;')
    expect(mailbox.messagesTo(world.users.unionBEditor.email)).toEqual([])
  })

  it('a refused address fails its job and retries; the request and the other editors are unaffected', async () => {
    mailbox.clear()
    mailbox.refuseRecipients((address) => address === terEditor)
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: 'Второй материал',
        organization: world.orgs.ppoA1,
        _status: 'published',
      } as never,
      depth: 0,
    })
    const created = await api.rest('POST', '/proposals', {
      token: await token(world.users.ppoEditor.email),
      body: { post: post.id, organization: world.orgs.terA },
    })
    expect(created.status).toBe(201)
    await runQueuedJobs(payload, 2)
    await mailbox.waitFor((m) => m.recipients.includes(world.users.terAdmin.email))
    expect(mailbox.messagesTo(terEditor)).toEqual([])
    const failing = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendMail' } },
      depth: 0,
    })
    expect(failing.docs).toHaveLength(1)
    expect(failing.docs[0]!.totalTried).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(failing.docs[0]!.log)).toMatch(/550/)

    mailbox.refuseRecipients(undefined)
    await runQueuedJobs(payload, 2)
    const { parsed } = await mailbox.waitFor((m) => m.recipients.includes(terEditor))
    expect(parsed.subject).toBe('Предложен материал: «Второй материал»')
    expect(mailbox.messagesTo(world.users.terAdmin.email)).toHaveLength(1)
  })
})
