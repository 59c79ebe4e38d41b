import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeveloperConfig } from '../../config'
import { PROJECT_ROOT } from '../../config/paths'
import { sleep, until } from '../helpers/faults/faultWorkers'
import { controlledPostgres, type ControlledPostgres } from '../helpers/faults/pgControl'
import { testDb } from '../helpers/testPayload'

const onPostgres = testDb() === 'postgres'
let pg: ControlledPostgres
let root: string
let child: ChildProcess | undefined
let down = false

beforeAll(() => {
  if (!onPostgres) return
  pg = controlledPostgres(readDeveloperConfig().TEST_WAIT_POSTGRES_PORT)
  root = mkdtempSync(path.join(tmpdir(), 'union-sites-worker-wait-'))
})
afterAll(() => {
  if (!onPostgres) return
  child?.kill('SIGKILL')
  if (down) pg.start()
  pg?.close()
  rmSync(root, { recursive: true, force: true })
})

/**
 * A worker started while its database is down (a reboot where the worker comes up first, a
 * failover) used to exit at once on Payload's "cannot connect"; a supervisor that gives up after
 * a few quick failures then left the sites unpublished for good. It must wait and start by itself.
 */
describe.skipIf(!onPostgres)('a worker started before PostgreSQL (TEST_DB=postgres only)', () => {
  it('waits for the database, says so, and starts once it is back', async () => {
    pg.stop()
    down = true
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATABASE_URI: pg.uri,
        DATA_DIR: root,
        SITES_DIR: path.join(root, 'sites'),
        PAYLOAD_SECRET: 'integration-test-secret',
        LOG_LEVEL: 'fatal',
      },
    })
    let out = ''
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
    const exited = new Promise<number | null>((resolve) => child!.on('exit', resolve))

    const waits = () => /waiting for the database/i.test(out)
    await until('the worker to wait or exit', () => waits() || child!.exitCode !== null, 90_000)
    await sleep(3000)
    expect(child.exitCode, out).toBeNull()
    expect(waits(), out).toBe(true)

    pg.start()
    down = false
    await until('the worker to start', () => out.includes('Publishing worker'), 120_000).catch(
      (e: Error) => {
        throw new Error(`${e.message}\n${out}`)
      },
    )
    child.kill('SIGTERM')
    expect(await exited, out).toBe(0)
  }, 300_000)
})
