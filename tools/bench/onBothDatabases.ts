import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readDeveloperConfig } from '../../config'
import { startPostgresServer } from '../lib/postgresServer'
import { childOptionsArgument } from '../lib/childOptions'
import { benchChildEnv } from './benchChildEnv'
import { cmsRunOptions, type CmsRunOptions } from './cmsRunOptions'

export type Figures = Record<string, number>
export type CmsRunResult = { coldStart: number } & Record<string, Figures | number>

/** One child running tools/bench/cmsRun.ts with `options` in `env`; its RESULT, or null when it failed. */
function runChild(options: CmsRunOptions, env: NodeJS.ProcessEnv): CmsRunResult | null {
  const argument = childOptionsArgument(cmsRunOptions, options)
  const child = spawnSync('tsx', ['tools/bench/cmsRun.ts', argument], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const lines = `${child.stdout}`.split('\n')
  for (const line of lines) if (line.startsWith('  ')) console.log(line)
  const result = lines.find((l) => l.startsWith('RESULT '))
  if (!result) {
    console.error(child.stderr.slice(-2000))
    return null
  }
  return JSON.parse(result.slice(7)) as CmsRunResult
}

/**
 * One run of cmsRun.ts on a fresh data folder: several `steps` run one after the other, each in a
 * fresh child on the same database (the digest seeds in one, so the sender's memory is its own),
 * their results merged; null when one failed.
 */
function runOnce(
  label: string,
  steps: CmsRunOptions | CmsRunOptions[],
  env: Record<string, string> = {},
): CmsRunResult | null {
  console.log(`\n${label}`)
  const dir = mkdtempSync(join(tmpdir(), 'union-sites-bench-'))
  try {
    let merged = {} as CmsRunResult
    for (const options of Array.isArray(steps) ? steps : [steps]) {
      const result = runChild(options, benchChildEnv(dir, env))
      if (!result) return null
      merged = { ...merged, ...result }
    }
    return merged
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * cmsRun.ts with `steps` on SQLite, then on a throw-away PostgreSQL server, reporting each run
 * that produced figures. BENCH_DATABASES chooses the databases (`postgres` alone skips SQLite);
 * BENCH_SKIP_POSTGRES drops PostgreSQL as before.
 */
export function onBothDatabases(
  steps: CmsRunOptions | CmsRunOptions[],
  report: (r: CmsRunResult) => void,
): void {
  const knobs = readDeveloperConfig()
  const databases = knobs.BENCH_DATABASES.split(',').map((d) => d.trim())
  if (databases.includes('sqlite')) {
    const sqlite = runOnce('SQLite (embedded)', steps)
    if (sqlite) report(sqlite)
  }
  if (knobs.BENCH_SKIP_POSTGRES || !databases.includes('postgres')) return
  const server = startPostgresServer(knobs.BENCH_PG_PORT ?? 54349)
  try {
    const created = spawnSync('psql', [server.uri, '-c', 'CREATE DATABASE bench'], {
      encoding: 'utf8',
    })
    if (created.status !== 0) throw new Error(created.stderr)
    const pg = runOnce('PostgreSQL', steps, {
      DATABASE_URI: server.uri.replace(/\/postgres$/, '/bench'),
    })
    if (pg) report(pg)
  } finally {
    server.stop()
  }
}
