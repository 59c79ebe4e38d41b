/**
 * `npm run bench publish`: the publishing pipeline on a synthetic network (BENCH_ORGS, default
 * 1,000 orgs, ~20 pages per site). SQLite: full build (pipeline and plain), publish-to-live with
 * one in-process worker. PostgreSQL (the production multi-worker setup): full build, then
 * publish-to-live with one in-process worker and with BENCH_WORKERS (2) worker processes, and a
 * full rebuild by those processes.
 * BENCH_DATABASES=sqlite|postgres runs one; BENCH_PHASES_SQLITE / BENCH_PHASES_POSTGRES
 * choose the phases (see publishRun.ts); BENCH_TMP the folder of the run's data and output.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { readDeveloperConfig } from '../../config/index'
import { startPostgresServer } from '../lib/postgresServer'
import { childOptionsArgument } from '../lib/childOptions'
import type { Latency } from './publishLatency'
import { benchChildEnv } from './benchChildEnv'
import { publishRunOptions, type PublishRunOptions } from './publishRunOptions'

interface Full {
  seconds: number
  pages: number
  nodePeakMb: number
}
interface RunResult {
  orgs: number
  full?: Full
  partial?: { sites: number; pages: number; seconds: number; of: number; nodePeakMb: number }
  plain?: { exportSeconds: number; buildSeconds: number; pages: number; astroPeakMb?: number }
  latency1?: Latency[]
  latency2?: Latency[]
  workerPeakMb?: number[]
  latency1NodePeakMb?: number
  full2?: { seconds: number; pages: number; workerPeakMb: number[] }
}

/** Runs publishRun.ts in a fresh temp folder, passing its figures through as they come. */
function runOnce(
  label: string,
  options: PublishRunOptions,
  env: Record<string, string> = {},
): Promise<RunResult | null> {
  console.log(`\n${label} (${new Date().toISOString().slice(11, 19)} UTC)`)
  // BENCH_TMP=/dev/shm puts the published output on tmpfs: it shows what the disk costs.
  const dir = mkdtempSync(
    join(readDeveloperConfig().BENCH_TMP ?? tmpdir(), 'union-sites-bench-publish-'),
  )
  const argument = childOptionsArgument(publishRunOptions, options)
  const child = spawn('tsx', ['tools/bench/publishRun.ts', argument], {
    env: benchChildEnv(dir, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let result: RunResult | null = null
  let errors = ''
  child.stdout.setEncoding('utf8')
  let pending = ''
  child.stdout.on('data', (text: string) => {
    const lines = (pending + text).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7)) as RunResult
      else if (line.startsWith('  ')) console.log(line)
    }
  })
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    errors = (errors + text).slice(-3000)
  })
  return new Promise((resolve) => {
    child.on('close', (code) => {
      if (!result) console.error(`  run failed (exit code ${code}):\n${errors}`)
      rmSync(dir, { recursive: true, force: true })
      resolve(result)
    })
  })
}

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met')

/** The targets are for 10,000 orgs: say so when the run was smaller. */
function checkTargets(db: string, r: RunResult) {
  const at = r.orgs === 10_000 ? '' : ` (at ${r.orgs} orgs; the targets are for 10,000)`
  console.log(`\n  targets on ${db}${at}:`)
  for (const [name, build] of [
    [r.full ? 'one worker' : 'one worker, a sample of batches', r.full ?? r.partial],
    ['worker processes', r.full2],
  ] as const) {
    if (!build) continue
    const rate = build.pages / build.seconds
    console.log(
      `    full build > 1,000 pages/s, ${name}: ${rate.toFixed(0)} pages/s — ${verdict(rate > 1000)}`,
    )
  }
  for (const [name, figures] of [
    ['one in-process worker', r.latency1],
    ['worker processes', r.latency2],
  ] as const) {
    if (!figures) continue
    // BENCH_CASES may leave some out: find each by its label.
    const a = figures.find((f) => f.label.startsWith('(a)'))
    const c = figures.find((f) => f.label.startsWith('(c)'))
    const d = figures.find((f) => f.label.startsWith('(d)'))
    if (a)
      console.log(`    (a) < 3 s, ${name}: ${a.last} s — ${verdict(a.missing === 0 && a.last < 3)}`)
    if (c)
      console.log(
        `    (c) < 60 s, ${name}: ${c.last} s — ${verdict(c.missing === 0 && c.last < 60)}`,
      )
    if (d)
      console.log(
        `    (c) < 60 s in the steady state (d), ${name}: ${d.last} s — ${verdict(d.missing === 0 && d.last < 60)}`,
      )
  }
  const peaks = [
    r.full?.nodePeakMb ?? 0,
    ...(r.full2?.workerPeakMb ?? []),
    r.partial?.nodePeakMb ?? 0,
    r.plain?.astroPeakMb ?? 0,
    r.latency1NodePeakMb ?? 0,
    ...(r.workerPeakMb ?? []),
  ]
  const peak = Math.max(...peaks.filter(Number.isFinite))
  console.log(`    peak memory < 2 GB per process: largest ${peak} MB — ${verdict(peak < 2048)}`)
}

/**
 * BENCH_ORGS is one size or several (`1000,10000`: both in one run, as the figures
 * are asked for), each on every database of BENCH_DATABASES, smallest first.
 */
export async function publishBench(): Promise<void> {
  // readDeveloperConfig refuses anything but org counts such as 1000 or 1000,10000.
  const knobs = readDeveloperConfig()
  const sizes = (knobs.BENCH_ORGS ?? '1000').split(',').map((n) => n.trim())
  const databases = knobs.BENCH_DATABASES.split(',').map((d) => d.trim())
  const server = databases.includes('postgres')
    ? startPostgresServer(knobs.BENCH_PG_PORT ?? 54350)
    : undefined
  try {
    for (const orgs of sizes) await publishBenchOf(orgs, databases, server?.uri)
  } finally {
    server?.stop()
  }
}

async function publishBenchOf(orgs: string, databases: string[], postgresUri?: string) {
  console.log(
    `\npublish: ${orgs} orgs (federation, 10 unions, 100 territorial orgs, the rest ППО), ` +
      `~20 pages per site; load before start ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  )
  const phasesOf = (list: string) =>
    list.split(',').map((p) => p.trim()) as PublishRunOptions['phases']
  if (databases.includes('sqlite')) {
    const phases = phasesOf(readDeveloperConfig().BENCH_PHASES_SQLITE)
    const r = await runOnce('SQLite (embedded)', { orgs: Number(orgs), phases })
    if (r) checkTargets('SQLite', r)
  }
  if (!postgresUri) return
  // A fresh database per size: the runs share the server, not their data.
  const database = `bench_${orgs}`
  const created = spawnSync('psql', [postgresUri, '-c', `CREATE DATABASE ${database}`], {
    encoding: 'utf8',
  })
  if (created.status !== 0) throw new Error(created.stderr)
  const phases = phasesOf(readDeveloperConfig().BENCH_PHASES_POSTGRES)
  const r = await runOnce(
    'PostgreSQL',
    { orgs: Number(orgs), phases },
    { DATABASE_URI: postgresUri.replace(/\/postgres$/, `/${database}`) },
  )
  if (r) checkTargets('PostgreSQL', r)
}
