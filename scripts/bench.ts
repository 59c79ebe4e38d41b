/**
 * `npm run bench`: speed figures, printed (targets are met here, never in timed unit tests).
 *   cms-feed   "20 newest posts of an org" over a synthetic 5,000-org / 50,000-post database,
 *              on SQLite and PostgreSQL (BENCH_ORGS / BENCH_POSTS change the size).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPostgresServer } from './lib/postgresServer'

interface FeedResult {
  coldStart: number
  own: Record<string, number>
  withAncestors: Record<string, number>
}

function runFeed(label: string, env: Record<string, string>): FeedResult | null {
  console.log(`\n${label}`)
  const dir = mkdtempSync(join(tmpdir(), 'union-sites-bench-'))
  try {
    const child = spawnSync('tsx', ['scripts/bench/cmsFeedRun.ts'], {
      env: {
        ...process.env,
        DATA_DIR: dir,
        DATABASE_URI: env.DATABASE_URI ?? `file:${join(dir, 'bench.db')}`,
        LOG_LEVEL: 'warn',
        ...env,
      },
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
    const parsed = JSON.parse(result.slice(7)) as FeedResult
    console.log(`  cold start of the Local API: ${parsed.coldStart.toFixed(1)} s`)
    console.log(
      `  own posts, 20 newest:        p50 ${parsed.own.p50} ms  p95 ${parsed.own.p95} ms  p99 ${parsed.own.p99} ms`,
    )
    console.log(
      `  org + ancestors, 20 newest:  p50 ${parsed.withAncestors.p50} ms  p95 ${parsed.withAncestors.p95} ms  p99 ${parsed.withAncestors.p99} ms`,
    )
    return parsed
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const only = process.argv[2]
const orgs = process.env.BENCH_ORGS ?? '5000'
const posts = process.env.BENCH_POSTS ?? '50000'
if (!only || only === 'cms-feed') {
  console.log(`cms-feed: ${orgs} orgs, ${posts} posts, 1,000 queries per figure after 50 warm-ups`)
  runFeed('SQLite (embedded)', {})
  if (!process.env.BENCH_SKIP_POSTGRES) {
    const server = startPostgresServer(Number(process.env.BENCH_PG_PORT ?? 54349))
    try {
      const db = spawnSync('psql', [server.uri, '-c', 'CREATE DATABASE bench'], {
        encoding: 'utf8',
      })
      if (db.status !== 0) throw new Error(db.stderr)
      runFeed('PostgreSQL', { DATABASE_URI: server.uri.replace(/\/postgres$/, '/bench') })
    } finally {
      server.stop()
    }
  }
}
