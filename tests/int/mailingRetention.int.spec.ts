import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/apiClient'
import { addSubscriber } from '../helpers/mail/mailingSubscribers'
import { runQueuedJobs } from '../helpers/runQueuedJobs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let t: TestPayload
let payload: Payload
let world: World
let api: ReturnType<typeof apiClient>
const DAY = 24 * 60 * 60 * 1000
const rows: Record<string, string | number> = {}

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildWorld(payload)
  api = apiClient(payload)
  const org = world.orgs.ppoA1
  for (const status of ['pending', 'confirmed', 'unsubscribed', 'bounced'] as const)
    rows[status] = (
      await addSubscriber(payload, { email: `${status}@reader.test`, org, mode: 'weekly', status })
    ).id
  rows.delivery = (
    await payload.create({
      collection: 'mail-deliveries',
      data: { key: 'digest:sent@reader.test:2026-w49', email: 'sent@reader.test', state: 'sent' },
      depth: 0,
      overrideAccess: true,
    })
  ).id
}, 120_000)

afterAll(async () => {
  await t?.close()
})

/** The daily purge as if it ran `days` from now; what is left of the rows made above. */
async function purgeAfter(days: number) {
  const now = new Date(Date.now() + days * DAY).toISOString()
  await payload.jobs.queue({ task: 'purgeMailing', input: { now } })
  await runQueuedJobs(payload)
  const left = await payload.find({
    collection: 'subscribers',
    where: { email: { like: '@reader.test' } },
    select: { status: true },
    depth: 0,
    limit: 10,
  })
  const deliveries = await payload.count({
    collection: 'mail-deliveries',
    where: { id: { equals: rows.delivery } },
  })
  return { statuses: left.docs.map((d) => d.status).sort(), deliveries: deliveries.totalDocs }
}

describe('the mailing forgets what it no longer needs (152-ФЗ)', () => {
  it('keeps everything young; drops an unconfirmed request after 7 days, a departed or bounced address after 35, the delivery log after 90; never a confirmed subscriber', async () => {
    expect(await purgeAfter(1)).toEqual({
      statuses: ['bounced', 'confirmed', 'pending', 'unsubscribed'],
      deliveries: 1,
    })
    expect(await purgeAfter(8)).toEqual({
      statuses: ['bounced', 'confirmed', 'unsubscribed'],
      deliveries: 1,
    })
    expect(await purgeAfter(36)).toEqual({ statuses: ['confirmed'], deliveries: 1 })
    expect(await purgeAfter(400)).toEqual({ statuses: ['confirmed'], deliveries: 0 })
  })

  it('runs daily, and no editor or org admin can run or queue it over HTTP', async () => {
    const task = payload.config.jobs.tasks?.find((task) => task.slug === 'purgeMailing')
    expect(task?.schedule?.[0]?.cron).toBe('45 3 * * *')
    const admin = await api.login(world.users.terAdmin.email, PASSWORD)
    await payload.jobs.queue({
      task: 'purgeMailing',
      input: { now: new Date(Date.now() + 400 * DAY).toISOString() },
    })
    for (const [method, path] of [
      ['GET', '/payload-jobs/run'],
      ['POST', '/payload-jobs/queue?task=purgeMailing'],
    ] as const) {
      const response = await api.rest(method, path, {
        token: admin,
        ...(method === 'POST' ? { body: {} } : {}),
      })
      expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400)
      expect(response.status, `${method} ${path}`).toBeLessThan(500)
    }
    // Still waiting for the runner: the refused requests neither ran it nor queued another.
    const waiting = await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'purgeMailing' }, completedAt: { exists: false } },
    })
    expect(waiting.totalDocs).toBe(1)
  })

  it('the delivery log (addresses) is closed to org users through REST, GraphQL and the Local API', async () => {
    // The purge above emptied the log: one row to look for.
    rows.delivery = (
      await payload.create({
        collection: 'mail-deliveries',
        data: { key: 'item:1:kept@reader.test', email: 'kept@reader.test', state: 'sent' },
        depth: 0,
        overrideAccess: true,
      })
    ).id
    for (const who of [world.users.terAdmin, world.users.fedEditor, world.users.ppoEditor]) {
      const token = await api.login(who.email, PASSWORD)
      const list = await api.rest('GET', '/mail-deliveries', { token })
      expect(list.status, who.email).toBe(403)
      const one = await api.rest('GET', `/mail-deliveries/${rows.delivery}`, { token })
      expect(one.status, who.email).toBe(403)
      const forged = await api.rest('POST', '/mail-deliveries', {
        token,
        body: { key: 'digest:x@reader.test:2026-w50', email: 'x@reader.test', state: 'sent' },
      })
      expect(forged.status, who.email).toBe(403)
      const gql = await api.graphql('{ MailDeliveries { docs { email } } }', token)
      expect(JSON.stringify(gql.body)).not.toContain('kept@reader.test')
      const user = await payload.findByID({ collection: 'users', id: who.id, depth: 0 })
      await expect(
        payload.find({
          collection: 'mail-deliveries',
          overrideAccess: false,
          user: { ...user, collection: 'users' },
          depth: 0,
          limit: 10,
        }),
      ).rejects.toThrow()
    }
  })

  it('an organization deleted takes its subscribers with it: their purpose ended with its site', async () => {
    const org = await payload.create({
      collection: 'organizations',
      data: {
        name: 'ППО закрытая',
        slug: 'ppo-closed',
        kind: 'primary_org',
        parent: world.orgs.terA,
      } as never,
      depth: 0,
    })
    await addSubscriber(payload, { email: 'closing@reader.test', org: org.id, mode: 'every' })
    const other = await addSubscriber(payload, {
      email: 'closing@reader.test',
      org: world.orgs.ppoA1,
      mode: 'weekly',
    })
    await payload.delete({ collection: 'organizations', id: org.id, depth: 0 })
    const left = await payload.find({
      collection: 'subscribers',
      where: { email: { equals: 'closing@reader.test' } },
      select: { organization: true },
      depth: 0,
      limit: 10,
    })
    expect(left.docs.map((d) => d.id)).toEqual([other.id])
  })
})
