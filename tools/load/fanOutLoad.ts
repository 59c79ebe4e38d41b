import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { readDeveloperConfig } from '../../config'
import { childOptionsArgument } from '../lib/childOptions'
import { freePort } from '../lib/nginxProcess'
import { startPostgresServer } from '../lib/postgresServer'
import type { FanOutResult } from './fanOutResult'
import { fanOutRunOptions } from './fanOutRunOptions'
import { removeTree } from './removeTree'
import { runChild } from './runChild'

export type LoadDatabase = 'sqlite' | 'postgres'

export interface FanOutOptions {
  orgs: number
  fanOutTimeoutS: number
  /** Worker processes per database: 1 on SQLite (npm start), 2 on PostgreSQL (PRODUCTION.md). */
  workers: Record<LoadDatabase, number>
  /** Port of the throw-away PostgreSQL server (LOAD_PG_PORT). */
  postgresPort: number
}

/** The child's whole run is bounded: set-up, compile, baseline, the fan-out and the checks. */
const childTimeoutMs = (o: FanOutOptions) => (o.fanOutTimeoutS + 1800) * 1000

async function runOn(
  db: LoadDatabase,
  root: string,
  databaseUri: string,
  o: FanOutOptions,
): Promise<FanOutResult> {
  const dataDir = path.join(root, 'data')
  mkdirSync(dataDir, { recursive: true })
  const knobs = readDeveloperConfig()
  const options = childOptionsArgument(fanOutRunOptions, {
    orgs: o.orgs,
    workers: o.workers[db],
    fanOutTimeoutS: o.fanOutTimeoutS,
    adminPort: await freePort(),
    pauseMs: knobs.LOAD_PAUSE_MS,
    baselineSaves: knobs.LOAD_BASELINE_SAVES,
  })
  return runChild<FanOutResult>(
    'tools/load/fanOutRun.ts',
    {
      DATABASE_URI: databaseUri,
      DATA_DIR: dataDir,
      SITES_DIR: path.join(root, 'sites'),
      UNION_SITES_DEV: '1',
      JOBS_AUTORUN: '0',
    },
    childTimeoutMs(o),
    [options],
  )
}

/**
 * Part 2 on each database, one after the other (they would share the two cores): SQLite in a
 * file of `root`, PostgreSQL on a throw-away server on 127.0.0.1 (removed afterwards). Calls
 * `report` as each database's run ends, so a failure of the second keeps the first's figures.
 */
export async function fanOutLoad(
  root: string,
  databases: readonly LoadDatabase[],
  o: FanOutOptions,
  report: (db: LoadDatabase, result: FanOutResult | Error, seconds: number) => void,
): Promise<void> {
  for (const db of databases) {
    const started = performance.now()
    const dir = path.join(root, db)
    console.log(
      `\nPart 2 on ${db === 'sqlite' ? 'SQLite' : 'PostgreSQL'} (${o.orgs} orgs, ${o.workers[db]} worker(s))`,
    )
    const server = db === 'postgres' ? startPostgresServer(o.postgresPort) : undefined
    try {
      let uri = `file:${path.join(dir, 'data', 'load.db')}`
      if (server) {
        const created = spawnSync('psql', [server.uri, '-c', 'CREATE DATABASE load_test'], {
          encoding: 'utf8',
        })
        if (created.status !== 0) throw new Error(`CREATE DATABASE failed: ${created.stderr}`)
        uri = server.uri.replace(/\/postgres$/, '/load_test')
      }
      const result = await runOn(db, dir, uri, o)
      report(db, result, (performance.now() - started) / 1000)
    } catch (error) {
      report(db, error as Error, (performance.now() - started) / 1000)
    } finally {
      server?.stop()
      // Before the next database's run, so that its deletion does not weigh on that one.
      removeTree(dir)
    }
  }
}
