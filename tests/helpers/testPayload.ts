import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { inject } from 'vitest'
import { configValue, readDeveloperConfig } from '../../config'
import { resetDatabase } from './resetDatabase'

export type TestDb = 'sqlite' | 'postgres' | 'mongodb'

export const testDb = (): TestDb => readDeveloperConfig().TEST_DB

export interface TestPayload {
  payload: Payload
  dataDir: string
  close(): Promise<void>
}

const uniqueName = () => `us_test_${process.pid}_${Date.now().toString(36)}`

async function createDatabase(): Promise<{ uri: string; drop: () => Promise<void> }> {
  const db = testDb()
  if (db === 'postgres') {
    const admin = inject('postgresUri')
    const name = uniqueName()
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: admin })
    await client.connect()
    await client.query(`CREATE DATABASE ${name}`)
    await client.end()
    return {
      uri: admin.replace(/\/[^/?]*(\?|$)/, `/${name}$1`),
      drop: async () => {
        const c = new pg.Client({ connectionString: admin })
        await c.connect()
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await c.end()
      },
    }
  }
  if (db === 'mongodb') {
    const base = readDeveloperConfig().TEST_MONGODB_URI
    if (!base) throw new Error('TEST_DB=mongodb needs TEST_MONGODB_URI')
    const url = new URL(base)
    url.pathname = `/${uniqueName()}`
    return {
      uri: url.toString(),
      drop: async () => {
        const { MongoClient } = await import('mongodb')
        const client = await MongoClient.connect(url.toString())
        await client.db().dropDatabase()
        await client.close()
      },
    }
  }
  return { uri: '', drop: async () => {} }
}

let shared: Promise<TestPayload> | undefined

/**
 * The process's one Payload, booted on first use and never closed by a file (its folder goes
 * with the run's, tests/helpers/intDataRoot.ts). tests/helpers/sharedPayloadSetup.ts boots it
 * before the first file, outside any hook's timeout.
 */
export const bootSharedPayload = (): Promise<TestPayload> => (shared ??= bootTestPayload())

/**
 * A Payload instance on a fresh database of the kind TEST_DB names, with the project's real config.
 * Environment is set before the config is imported, which reads it once. Where the int project
 * shares one process between its files (`provide: { sharedPayload: true }`), Payload is booted
 * once per process and each file gets the same instance on an emptied database and data folder.
 */
export async function startTestPayload(): Promise<TestPayload> {
  if (!inject('sharedPayload')) return bootTestPayload()
  const t = await bootSharedPayload()
  await resetDatabase(t.payload)
  for (const entry of readdirSync(t.dataDir))
    if (!entry.startsWith('test.db'))
      rmSync(join(t.dataDir, entry), { recursive: true, force: true })
  return { payload: t.payload, dataDir: t.dataDir, close: async () => {} }
}

async function bootTestPayload(): Promise<TestPayload> {
  const dataDir = mkdtempSync(join(inject('intDataRoot') || tmpdir(), 'union-sites-int-'))
  const { uri, drop } = await createDatabase()
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = uri || `file:${join(dataDir, 'test.db')}`
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  process.env.LOG_LEVEL = configValue('LOG_LEVEL') ?? 'warn'
  const { bootPayload } = await import('../../cms/lib/bootPayload')
  const payload = await bootPayload()
  return {
    payload,
    dataDir,
    async close() {
      await payload.destroy()
      // destroy() leaves idle pg clients; dropping the database terminates them, which is expected.
      ;(payload.db as { pool?: { on(event: 'error', fn: () => void): void } }).pool?.on(
        'error',
        () => {},
      )
      await drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
