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

/** One run of tools/bench/cmsRun.ts in a child on a fresh data folder; null when it failed. */
function runOnce(
  label: string,
  options: CmsRunOptions,
  env: Record<string, string> = {},
): CmsRunResult | null {
  console.log(`\n${label}`)
  const dir = mkdtempSync(join(tmpdir(), 'union-sites-bench-'))
  try {
    const argument = childOptionsArgument(cmsRunOptions, options)
    const child = spawnSync('tsx', ['tools/bench/cmsRun.ts', argument], {
      env: benchChildEnv(dir, env),
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
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * cmsRun.ts with `options` on SQLite, then on a throw-away PostgreSQL server (unless
 * BENCH_SKIP_POSTGRES), reporting each run that produced figures.
 */
export function onBothDatabases(options: CmsRunOptions, report: (r: CmsRunResult) => void): void {
  const sqlite = runOnce('SQLite (embedded)', options)
  if (sqlite) report(sqlite)
  const knobs = readDeveloperConfig()
  if (knobs.BENCH_SKIP_POSTGRES) return
  const server = startPostgresServer(knobs.BENCH_PG_PORT ?? 54349)
  try {
    const created = spawnSync('psql', [server.uri, '-c', 'CREATE DATABASE bench'], {
      encoding: 'utf8',
    })
    if (created.status !== 0) throw new Error(created.stderr)
    const pg = runOnce('PostgreSQL', options, {
      DATABASE_URI: server.uri.replace(/\/postgres$/, '/bench'),
    })
    if (pg) report(pg)
  } finally {
    server.stop()
  }
}
