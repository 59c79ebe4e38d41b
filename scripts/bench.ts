/**
 * `npm run bench [cms-feed|cms-syndication|publish]`: speed figures, printed (targets are met
 * here, never in timed unit tests). Each runs on SQLite and on a throw-away PostgreSQL server.
 *   cms-feed         "20 newest posts of an org", 5,000 orgs / 50,000 posts
 *   cms-syndication  feed of a ППО at depth 4, 10,000 orgs / 200,000 posts; receivers of a
 *                    federation post (BENCH_ORGS / BENCH_POSTS change the sizes)
 *   publish          full build and publish-to-live latency of the publishing pipeline,
 *                    1,000 orgs (BENCH_ORGS); only when named, as it takes many minutes
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readDeveloperConfig } from '../config'
import { publishBench } from '../tools/bench/publishBench'
import { startPostgresServer } from '../tools/lib/postgresServer'

// Benchmarks run throwaway databases: the development secret is fine for them and their children.
process.env.UNION_SITES_DEV ??= '1'

type Figures = Record<string, number>
type Result = { coldStart: number } & Record<string, Figures | number>

function runOnce(label: string, env: Record<string, string>): Result | null {
  console.log(`\n${label}`)
  const dir = mkdtempSync(join(tmpdir(), 'union-sites-bench-'))
  try {
    const child = spawnSync('tsx', ['tools/bench/cmsRun.ts'], {
      env: {
        ...process.env,
        DATA_DIR: dir,
        DATABASE_URI: `file:${join(dir, 'bench.db')}`,
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
    return JSON.parse(result.slice(7)) as Result
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const line = (label: string, f: Figures) =>
  console.log(`  ${label.padEnd(34)} p50 ${f.p50} ms  p95 ${f.p95} ms  p99 ${f.p99} ms`)

function onBothDatabases(env: Record<string, string>, report: (r: Result) => void) {
  const sqlite = runOnce('SQLite (embedded)', env)
  if (sqlite) report(sqlite)
  const knobs = readDeveloperConfig()
  if (knobs.BENCH_SKIP_POSTGRES) return
  const server = startPostgresServer(knobs.BENCH_PG_PORT ?? 54349)
  try {
    const created = spawnSync('psql', [server.uri, '-c', 'CREATE DATABASE bench'], {
      encoding: 'utf8',
    })
    if (created.status !== 0) throw new Error(created.stderr)
    const pg = runOnce('PostgreSQL', {
      ...env,
      DATABASE_URI: server.uri.replace(/\/postgres$/, '/bench'),
    })
    if (pg) report(pg)
  } finally {
    server.stop()
  }
}

const only = process.argv[2]
if (!only || only === 'cms-feed') {
  const orgs = readDeveloperConfig().BENCH_ORGS ?? '5000'
  const posts = String(readDeveloperConfig().BENCH_POSTS ?? 50000)
  console.log(
    `\ncms-feed: ${orgs} orgs, ${posts} posts; 1,000 queries per figure after 50 warm-ups`,
  )
  onBothDatabases({ BENCH_KIND: 'feed', BENCH_ORGS: orgs, BENCH_POSTS: posts }, (r) => {
    console.log(`  cold start of the Local API: ${r.coldStart.toFixed(1)} s`)
    line('own posts, 20 newest:', r.own as Figures)
    line('org + ancestors, 20 newest:', r.withAncestors as Figures)
  })
}
if (!only || only === 'cms-syndication') {
  const orgs = readDeveloperConfig().BENCH_ORGS ?? '10000'
  const posts = String(readDeveloperConfig().BENCH_POSTS ?? 200000)
  console.log(
    `\ncms-syndication: ${orgs} orgs (ППО at depth 4), ${posts} posts; 500 feed queries after 30 warm-ups`,
  )
  onBothDatabases({ BENCH_KIND: 'syndication', BENCH_ORGS: orgs, BENCH_POSTS: posts }, (r) => {
    line('feed of a ППО (queryFeed, 20):', r.feed as Figures)
    line(`receivers of a federation post (${r.receivers}):`, r.reach as Figures)
  })
}
if (only === 'publish') await publishBench()
