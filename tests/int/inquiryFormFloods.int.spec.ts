import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { takeFormPoint } from '../../cms/forms/formLimiters'
import {
  fields,
  inquiryFormSuite,
  PPO_A1,
  TER_A,
  type InquiryFormWorld,
} from '../helpers/inquiryFormSuite'
import type { World } from '../helpers/world'

/**
 * Spam and floods at the public form endpoint: the per-address and per-site limits, the
 * proof of work spent once, the smaller budget without it, the honeypot.
 */
let payload: Payload
let world: World
let form: InquiryFormWorld['form']
const { publish, nextIp, inquiries } = inquiryFormSuite('198.51.100.', (parts) => {
  ;({ payload, world, form } = parts)
})

describe('spam and floods', () => {
  it('a flood from one address gets 429 with Retry-After, and nothing beyond the limit is stored', async () => {
    const ip = nextIp()
    const statuses: number[] = []
    let last: Awaited<ReturnType<typeof form.post>> | undefined
    for (let i = 0; i < 8; i++) {
      last = await form.post(
        { ...fields(world.orgs.ppoA1, { name: `Поток ${i}` }), altcha: await form.solve() },
        { host: PPO_A1, ip },
      )
      statuses.push(last.status)
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429])
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(last!.json).toMatchObject({ ok: false, message: expect.stringMatching(/Слишком много/) })
    expect(await inquiries({ name: { like: 'Поток' } })).toHaveLength(5)
    // Another address is not affected.
    const other = await form.post(
      { ...fields(world.orgs.ppoA1), altcha: await form.solve() },
      { host: PPO_A1, ip: nextIp() },
    )
    expect(other.status).toBe(201)
  })

  it('a replayed proof-of-work solution is refused', async () => {
    const altcha = await form.solve()
    const first = await form.post(
      { ...fields(world.orgs.ppoA1), altcha },
      { host: PPO_A1, ip: nextIp() },
    )
    expect(first.status).toBe(201)
    const again = await form.post(
      { ...fields(world.orgs.ppoA1, { name: 'Повтор' }), altcha },
      { host: PPO_A1, ip: nextIp() },
    )
    expect(again.status).toBe(400)
    expect(again.json).toMatchObject({
      errors: { altcha: expect.stringMatching(/уже использована/) },
    })
    expect(await inquiries({ name: { equals: 'Повтор' } })).toHaveLength(0)
  })

  it('concurrent replays of one solution: exactly one is stored', async () => {
    const altcha = await form.solve()
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        form.post(
          { ...fields(world.orgs.ppoA1, { name: `Гонка ${i}` }), altcha },
          { host: PPO_A1, ip: nextIp() },
        ),
      ),
    )
    expect(results.filter((r) => r.status === 201)).toHaveLength(1)
    expect(results.filter((r) => r.status === 400)).toHaveLength(5)
    expect(await inquiries({ name: { like: 'Гонка' } })).toHaveLength(1)
  })

  it('a forged or tampered solution is refused and nothing stored', async () => {
    const challenge = await form.challenge()
    const good = JSON.parse(Buffer.from(await form.solve(challenge), 'base64').toString())
    const flipLast = (hex: string) => hex.slice(0, -1) + (hex.endsWith('0') ? '1' : '0')
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64')
    const forgeries = [
      forge({
        ...good,
        solution: { ...good.solution, derivedKey: flipLast(good.solution.derivedKey) },
      }),
      forge({
        ...good,
        solution: { counter: 0, derivedKey: good.challenge.parameters.keyPrefix },
      }),
      forge({
        ...good,
        challenge: { ...good.challenge, parameters: { ...good.challenge.parameters, cost: 1 } },
      }),
      forge({
        ...good,
        challenge: {
          ...good.challenge,
          parameters: { ...good.challenge.parameters, expiresAt: 4_102_444_800 },
        },
      }),
      forge({ challenge: { ...good.challenge, signature: undefined }, solution: good.solution }),
      'not base64 json',
      forge({ challenge: 1, solution: 2 }),
    ]
    for (const altcha of forgeries) {
      const res = await form.post(
        { ...fields(world.orgs.ppoA1, { name: 'Подделка' }), altcha },
        { host: PPO_A1, ip: nextIp() },
      )
      expect(res.status, altcha).toBe(400)
      expect(res.json).toMatchObject({ errors: { altcha: expect.stringMatching(/не робот/) } })
    }
    expect(await inquiries({ name: { equals: 'Подделка' } })).toHaveLength(0)
  })

  it('without a solution (no JavaScript) only a small budget per address is taken', async () => {
    const ip = nextIp()
    const statuses: number[] = []
    for (let i = 0; i < 4; i++)
      statuses.push(
        (
          await form.post(fields(world.orgs.terA, { name: `Без проверки ${i}` }), {
            host: TER_A,
            ip,
            json: false,
          })
        ).status,
      )
    expect(statuses).toEqual([303, 303, 429, 429])
    expect(await inquiries({ name: { like: 'Без проверки' } })).toHaveLength(2)
  })

  it('without a solution, a site takes 10 an hour even from many addresses', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push(
        (
          await form.post(fields(world.orgs.ppoA2, { name: `Сеть ${i}` }), {
            host: TER_A,
            ip: nextIp(),
          })
        ).status,
      )
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
    expect(await inquiries({ name: { like: 'Сеть' } })).toHaveLength(10)
    // With a proof of work the site still takes inquiries.
    const solved = await form.post(
      { ...fields(world.orgs.ppoA2), altcha: await form.solve() },
      { host: TER_A, ip: nextIp() },
    )
    expect(solved.status).toBe(201)
  })

  it('a site takes 60 inquiries an hour: the next gets 429 even with a proof of work', async () => {
    // A site of its own, so the quota used up here limits no other test.
    const org = await payload.create({
      collection: 'organizations',
      data: {
        name: 'ППО Б2',
        slug: 'ppo-b2',
        kind: 'primary_org',
        parent: world.orgs.terB,
      } as never,
      depth: 0,
    })
    const host = 'ppo-b2.fed.localhost'
    publish(host)
    // The hour's quota used up in the limiter's own table, as 60 earlier inquiries would…
    for (let i = 0; i < 60; i++)
      expect(await takeFormPoint(payload, 'perSite', String(org.id))).toBeNull()
    const res = await form.post(
      { ...fields(org.id, { name: 'Сверх квоты' }), altcha: await form.solve() },
      { host, ip: nextIp() },
    )
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(res.json).toMatchObject({ message: expect.stringMatching(/слишком много обращений/) })
    expect(await inquiries()).toHaveLength(0)
    // …and another site is not affected.
    const other = await form.post(
      { ...fields(world.orgs.terA), altcha: await form.solve() },
      { host: TER_A, ip: nextIp() },
    )
    expect(other.status).toBe(201)
  })

  it('the honeypot answers as if accepted and stores nothing', async () => {
    const json = await form.post(
      {
        ...fields(world.orgs.ppoA1, { website: 'http://spam.example' }),
        altcha: await form.solve(),
      },
      { host: PPO_A1, ip: nextIp() },
    )
    expect(json.status).toBe(201)
    expect(json.json).toEqual({ ok: true, redirect: '/feedback/sent/' })
    const page = await form.post(fields(world.orgs.ppoA1, { website: 'x' }), {
      host: PPO_A1,
      ip: nextIp(),
      json: false,
    })
    expect(page.status).toBe(303)
    expect(await inquiries()).toHaveLength(0)
  })
})
