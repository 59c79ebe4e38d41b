import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import {
  fields,
  inquiryFormSuite,
  PNG,
  PPO_A1,
  PPO_B1,
  TER_A,
  type InquiryFormWorld,
} from '../helpers/inquiryFormSuite'
import { PASSWORD } from '../helpers/world'
import type { World } from '../helpers/world'

/**
 * The public form endpoint (POST /api/forms/inquiry), the one anonymous write path: what it
 * accepts, the input it refuses with nothing stored, and its answers to a reader without
 * JavaScript. Its defences against spam and floods: inquiryFormFloods.int.spec.ts.
 */
let payload: Payload
let world: World
let form: InquiryFormWorld['form']
const { nextIp, inquiries } = inquiryFormSuite('203.0.113.', (parts) => {
  ;({ payload, world, form } = parts)
})

describe('the form endpoint accepts a member’s inquiry', () => {
  it('stores it for the site’s org and answers JSON 201 with the redirect', async () => {
    const res = await form.post(
      { ...fields(world.orgs.ppoA1), altcha: await form.solve() },
      { host: PPO_A1, ip: nextIp() },
    )
    expect(res.status).toBe(201)
    expect(res.json).toEqual({ ok: true, redirect: '/feedback/sent/' })
    const [doc] = await inquiries({ email: { equals: 'ivan@example.ru' } })
    expect(doc).toMatchObject({ topic: 'safety', name: 'Иван Петров', site: PPO_A1 })
    expect(String((doc as { organization: unknown }).organization)).toBe(String(world.orgs.ppoA1))
  })

  it('without JavaScript: 303 to the sent page; a section site gets its own base', async () => {
    const res = await form.post(
      { ...fields(world.orgs.ppoA2), altcha: await form.solve() },
      { host: `${TER_A}:4321`, ip: nextIp(), json: false },
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/org/ppo-a2/feedback/sent/')
    const docs = await inquiries()
    expect(docs.map((d) => d.site)).toEqual([`${TER_A}/org/ppo-a2`])
  })

  it('stores `<script>` in every free-text field as inert text', async () => {
    const script = '<script>alert(1)</script>'
    const res = await form.post(
      {
        ...fields(world.orgs.ppoA1, {
          message: `Текст ${script} конец`,
          name: script,
          workplace: `"><img src=x onerror=alert(1)>${script}`,
        }),
        altcha: await form.solve(),
      },
      { host: PPO_A1, ip: nextIp() },
    )
    expect(res.status).toBe(201)
    const [doc] = await inquiries()
    expect(doc).toMatchObject({
      message: `Текст ${script} конец`,
      name: script,
      workplace: `"><img src=x onerror=alert(1)>${script}`,
    })
  })

  it('takes a picture and stores it with the type read from its bytes', async () => {
    const res = await form.post(
      { ...fields(world.orgs.ppoA1), altcha: await form.solve() },
      {
        host: PPO_A1,
        ip: nextIp(),
        file: { bytes: PNG, name: 'фото.pdf', type: 'application/pdf' },
      },
    )
    expect(res.status).toBe(201)
    const [doc] = await inquiries()
    const file = await payload.findByID({
      collection: 'inquiry-files',
      id: (doc as { attachment: string | number }).attachment,
      depth: 0,
    })
    expect(file.mimeType).toBe('image/png')
  })
})

describe('bad input is refused and nothing is stored', () => {
  it('an oversized message or name: 400 with the field’s Russian message', async () => {
    for (const [field, value] of [
      ['message', 'я'.repeat(5001)],
      ['name', 'я'.repeat(201)],
      ['workplace', 'я'.repeat(201)],
    ] as const) {
      const res = await form.post(
        { ...fields(world.orgs.ppoA1, { [field]: value }), altcha: await form.solve() },
        { host: PPO_A1, ip: nextIp() },
      )
      expect(res.status).toBe(400)
      expect((res.json as { errors: Record<string, string> }).errors[field]).toMatch(/не более/)
    }
    expect(await inquiries()).toHaveLength(0)
  })

  it('an attachment over 5 MB: 413; a body over the form’s limit: 413', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1)
    big.set(PNG)
    const res = await form.post(
      { ...fields(world.orgs.ppoA1), altcha: await form.solve() },
      { host: PPO_A1, ip: nextIp(), file: { bytes: big, name: 'big.png', type: 'image/png' } },
    )
    expect(res.status).toBe(413)
    expect(res.json).toMatchObject({ ok: false, message: expect.stringMatching(/не более 5 МБ/) })
    const huge = new Uint8Array(7 * 1024 * 1024)
    const tooBig = await form.post(fields(world.orgs.ppoA1), {
      host: PPO_A1,
      ip: nextIp(),
      file: { bytes: huge, name: 'huge.png', type: 'image/png' },
    })
    expect(tooBig.status).toBe(413)
    expect(await inquiries()).toHaveLength(0)
    expect((await payload.find({ collection: 'inquiry-files', limit: 1 })).totalDocs).toBe(0)
  })

  it('an HTML file named .pdf: 415', async () => {
    const html = new TextEncoder().encode('<!doctype html><html><script>alert(1)</script></html>')
    const res = await form.post(
      { ...fields(world.orgs.ppoA1), altcha: await form.solve() },
      {
        host: PPO_A1,
        ip: nextIp(),
        file: { bytes: html, name: 'скан.pdf', type: 'application/pdf' },
      },
    )
    expect(res.status).toBe(415)
    expect(res.json).toMatchObject({ ok: false, message: expect.stringMatching(/PDF/) })
    expect(await inquiries()).toHaveLength(0)
    expect((await payload.find({ collection: 'inquiry-files', limit: 1 })).totalDocs).toBe(0)
  })

  it('an org the host does not show: 400 (another host, an unpublished site, a missing org)', async () => {
    const cases: [string | number, string][] = [
      [world.orgs.ppoA1, TER_A],
      [world.orgs.terA, PPO_A1],
      [world.orgs.ppoB1, PPO_B1],
      ['999999', PPO_A1],
      ['1 OR 1=1', PPO_A1],
      [world.orgs.ppoA1, 'evil.example'],
    ]
    for (const [org, host] of cases) {
      const res = await form.post(
        { ...fields(org), altcha: await form.solve() },
        { host, ip: nextIp() },
      )
      expect(res.status, `${org} on ${host}`).toBe(400)
      expect(res.json).toMatchObject({ errors: { org: expect.stringMatching(/организации/) } })
    }
    expect(await inquiries()).toHaveLength(0)
  })

  it('a forged cross-site post carrying an admin’s cookie does not act as the admin', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: world.users.platform.email, password: PASSWORD },
    })
    const cookie = `${payload.config.cookiePrefix}-token=${token}`
    const headers = {
      Cookie: cookie,
      Origin: 'https://evil.example',
      'Sec-Fetch-Site': 'cross-site',
    }
    // No way around the org check…
    const foreign = await form.post(
      { ...fields(world.orgs.ppoB1), altcha: await form.solve() },
      { host: PPO_B1, ip: nextIp(), headers },
    )
    expect(foreign.status).toBe(400)
    // …nor the proof of work's budget or the per-address limit…
    const ip = nextIp()
    const statuses: number[] = []
    for (let i = 0; i < 3; i++)
      statuses.push(
        (
          await form.post(fields(world.orgs.ppoA1, { name: `Куки ${i}` }), {
            host: PPO_A1,
            ip,
            headers,
          })
        ).status,
      )
    expect(statuses).toEqual([201, 201, 429])
    // …and the workflow fields the admin could set are not taken from the form.
    const res = await form.post(
      {
        ...fields(world.orgs.ppoA1, { name: 'Админ' }),
        altcha: await form.solve(),
        status: 'closed',
        assignee: String(world.users.platform.id),
        organization: String(world.orgs.fed),
        notes: 'внутреннее',
      },
      { host: PPO_A1, ip: nextIp(), headers },
    )
    expect(res.status).toBe(201)
    const [doc] = await inquiries({ name: { equals: 'Админ' } })
    expect(doc).toMatchObject({ status: 'new' })
    expect((doc as { assignee?: unknown }).assignee ?? null).toBeNull()
    expect((doc as { notes?: unknown }).notes ?? null).toBeNull()
    expect(String((doc as { organization: unknown }).organization)).toBe(String(world.orgs.ppoA1))
  })
})

describe('answers without JavaScript keep what the reader typed', () => {
  it('the site’s own form page, values put back escaped, errors shown (400)', async () => {
    const res = await form.post(
      fields(world.orgs.ppoA1, { message: 'коротко', name: '<b>Иван</b>', consent: undefined }),
      { host: PPO_A1, ip: nextIp(), json: false },
    )
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    expect(res.text).toContain('Обратная связь — ППО А1')
    expect(res.text).toContain('value="&lt;b&gt;Иван&lt;/b&gt;"')
    expect(res.text).toContain('>коротко</textarea>')
    expect(res.text).toMatch(/не менее 10 символов/)
    expect(res.text).toMatch(/согласие на обработку/)
    expect(res.text).toContain('href="#inquiry-message"')
    expect(res.text).not.toContain('<b>Иван</b>')
    expect(await inquiries()).toHaveLength(0)
  })

  it('429 keeps the values on the page too, with Retry-After', async () => {
    const ip = nextIp()
    for (let i = 0; i < 5; i++)
      await form.post(fields(world.orgs.ppoA1, { topic: 'bad' }), { host: PPO_A1, ip, json: false })
    const res = await form.post(fields(world.orgs.ppoA1, { name: 'Пётр Запомни' }), {
      host: PPO_A1,
      ip,
      json: false,
    })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(res.text).toContain('value="Пётр Запомни"')
    expect(res.text).toMatch(/Слишком много обращений/)
  })

  it('a site without a form page gets a minimal Russian page naming the org', async () => {
    const res = await form.post(fields(world.orgs.terA, { message: '' }), {
      host: TER_A,
      ip: nextIp(),
      json: false,
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('Терком А')
    expect(res.text).toContain('Напишите сообщение.')
    expect(res.text).toContain('href="/feedback/"')
  })
})
