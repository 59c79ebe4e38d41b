import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { snapshotMonitoring } from '../../cms/jobs/snapshotMonitoring'
import { monitoringEndpoint } from '../../cms/monitoring/monitoringEndpoint'
import {
  MONITORING_NEEDS_SQL,
  MonitoringNeedsSql,
  monitoringAvailable,
  monitoringSql,
} from '../../cms/monitoring/monitoringSql'
import { sendMonitoringReminders } from '../../cms/monitoring/reminders/sendMonitoringReminders'
import { snapshotEndpoint } from '../../cms/monitoring/snapshots/snapshotEndpoint'

/**
 * The monitoring on MongoDB (no server here: a database whose rawSql is null, which is what
 * MongoDB's adapter is to cms/db/rawSql). Every entry point must refuse or skip BEFORE anything
 * reaches the SQL steps: the fake payload below has no collections, so a step that went on would
 * throw instead of answering.
 */
const MONGO_ID = '65a1b2c3d4e5f60718293a4b'
const MONDAY_10_MSK = new Date('2026-12-14T07:00:00.000Z')

interface Delivery {
  key: string
  email: string
  state: string
  error?: string | null
}

/** Payload as MongoDB's adapter presents it, with the delivery log's collection in memory. */
function mongoPayload() {
  const warnings: string[] = []
  const deliveries = new Map<string, Delivery>()
  const payload = {
    db: { name: 'mongoose' },
    logger: { warn: (message: string) => warnings.push(message) },
    create: async ({ collection, data }: { collection: string; data: Delivery }) => {
      if (collection !== 'mail-deliveries') throw new Error(`unexpected create ${collection}`)
      if (deliveries.has(data.key)) throw new Error('E11000 duplicate key')
      deliveries.set(data.key, { ...data })
      return data
    },
    find: async ({ collection, where }: { collection: string; where: any }) => {
      if (collection !== 'mail-deliveries') throw new Error(`unexpected find ${collection}`)
      const keys: string[] = where.key.in
      return { docs: keys.filter((k) => deliveries.has(k)).map((k) => deliveries.get(k)!) }
    },
    update: async ({ collection, where, data }: { collection: string; where: any; data: any }) => {
      if (collection !== 'mail-deliveries') throw new Error(`unexpected update ${collection}`)
      Object.assign(deliveries.get(where.key.equals)!, data)
      return { docs: [] }
    },
  }
  return { payload, warnings, deliveries }
}

const requestOf = (payload: unknown, user: unknown, orgId = MONGO_ID) =>
  ({
    payload,
    user,
    routeParams: { orgId },
    url: `http://localhost/api/monitoring/${orgId}`,
  }) as unknown as PayloadRequest

const editor = { id: MONGO_ID, collection: 'users', roles: [], grants: [] }

describe('the monitoring on a database without SQL (MongoDB)', () => {
  it('is available on SQLite and PostgreSQL only', async () => {
    expect(monitoringAvailable({ db: { name: 'sqlite' } } as never)).toBe(true)
    expect(monitoringAvailable({ db: { name: 'postgres' } } as never)).toBe(true)
    expect(monitoringAvailable({ db: { name: 'mongoose' } } as never)).toBe(false)
    await expect(monitoringSql(requestOf(mongoPayload().payload, editor))).rejects.toBeInstanceOf(
      MonitoringNeedsSql,
    )
  })

  it('GET /api/monitoring/:id answers a Russian 501 in the endpoints’ JSON, whatever the id’s form', async () => {
    const { payload } = mongoPayload()
    for (const id of [MONGO_ID, '12']) {
      const response = await monitoringEndpoint.handler(requestOf(payload, editor, id))
      expect(response.status).toBe(501)
      expect(await response.json()).toEqual({ errors: [{ message: MONITORING_NEEDS_SQL }] })
    }
    expect(MONITORING_NEEDS_SQL).toMatch(/^Мониторинг пока работает только на SQLite и PostgreSQL/)
    // Anonymous is still 401 first: nothing about the installation is told to strangers.
    expect((await monitoringEndpoint.handler(requestOf(payload, null))).status).toBe(401)
  })

  it('POST /api/monitoring/:id/snapshot answers 501 and queues nothing', async () => {
    const { payload } = mongoPayload()
    const response = await snapshotEndpoint.handler(requestOf(payload, editor))
    expect(response.status).toBe(501)
    expect(await response.json()).toEqual({ errors: [{ message: MONITORING_NEEDS_SQL }] })
    expect((await snapshotEndpoint.handler(requestOf(payload, null))).status).toBe(401)
  })

  it('a queued snapshot job ends with a log line instead of failing', async () => {
    const { payload, warnings } = mongoPayload()
    const handler = snapshotMonitoring.handler as (args: unknown) => Promise<unknown>
    await expect(handler({ input: {}, req: { payload } })).resolves.toEqual({
      output: { quarter: '', orgs: 0 },
    })
    expect(warnings).toEqual([expect.stringMatching(/^snapshotMonitoring skipped: .*MongoDB/)])
  })

  it('the due reminders are recorded as failed with the reason once, then skipped silently', async () => {
    const { payload, warnings, deliveries } = mongoPayload()
    const req = { payload } as unknown as PayloadRequest
    const first = await sendMonitoringReminders(req, MONDAY_10_MSK)
    expect(first).toEqual({ week: '', month: '', queued: 0, skipped: 0 })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^mailMonitoringReminders skipped: .*MongoDB/)
    expect([...deliveries.values()]).toEqual([
      expect.objectContaining({ key: 'monitor-run:2026-W51', state: 'failed' }),
    ])
    expect(deliveries.get('monitor-run:2026-W51')!.error).toMatch(/MongoDB/)
    // The job's next runs that Monday: the period is done, no new line in the log.
    await sendMonitoringReminders(req, new Date(MONDAY_10_MSK.getTime() + 15 * 60_000))
    expect(warnings).toHaveLength(1)
  })
})
