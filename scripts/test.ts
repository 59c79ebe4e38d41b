/**
 * `npm test`: first the system tools the suite needs (installed through apt when it may, see
 * tools/test/provisionTools.ts); the checks one after the other (format, types, boundaries, unit, site build
 * and serving tests); then, side by side, the end-to-end suite on the demo sites in Chromium and
 * the integration suite on SQLite, on a real PostgreSQL server (started on 127.0.0.1 by the
 * suite) and on MongoDB when TEST_MONGODB_URI is set. Last, every test that did not run is
 * listed; under CI that fails the run (tools/test/skipGate.ts).
 */
import { mkdirSync, rmSync } from 'node:fs'
import { readDeveloperConfig } from '../config'
import { provisionTools } from '../tools/test/provisionTools'
import { runStep, type Step, type StepResult } from '../tools/test/runStep'
import { skipGate, type ReportGroup } from '../tools/test/skipGate'

const ROOT = process.cwd()
const REPORTS = 'node_modules/.cache/union-sites-tests'
// CI is the CI service's own variable (true, 1), not a setting of the project.
const CI = Boolean(process.env.CI) && process.env.CI !== '0' && process.env.CI !== 'false'
const mongoUri = readDeveloperConfig().TEST_MONGODB_URI

const report = (name: string) => `${REPORTS}/${name}.json`
const vitest = (
  label: string,
  project: string,
  name: string,
  env?: Record<string, string>,
): Step => ({
  label,
  cmd: 'vitest',
  args: [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report(name)}`,
  ],
  env,
})

/** Short steps, one after the other. */
const checks: Step[] = [
  { label: 'Formatting', cmd: 'prettier', args: ['--check', '--log-level', 'warn', '.'] },
  { label: 'Type check', cmd: 'tsc', args: ['--noEmit', '-p', 'tsconfig.json'] },
  {
    label: 'Type check of the sites (astro check)',
    cmd: 'npm',
    args: ['run', '--silent', 'typecheck:site'],
  },
  {
    label: 'Boundary check (dependency-cruiser: imports only in the direction of the layers)',
    cmd: 'npm',
    args: ['run', '--silent', 'check:boundaries'],
  },
  vitest('Unit tests', 'unit', 'unit'),
  vitest('Site build tests (Astro, fixture snapshots)', 'site', 'site'),
  vitest('Serving tests (preview server, nginx config, nginx parity)', 'serve', 'serve'),
]

/**
 * The long suites, side by side, each in its own process (README: where the time goes). The
 * integration runs yield the CPU to the end-to-end suite (nice): its browser tests have timeouts
 * of a minute or three, theirs are generous, and whatever the browsers leave idle they use.
 */
const suites: Step[] = [
  {
    label:
      'End-to-end tests (demo sites in Chromium: a reader walk, accessibility mode, axe on every page, HTML/XML/link checks)',
    cmd: 'playwright',
    args: ['test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: report('e2e') },
  },
  ...(
    [
      ['Integration tests on SQLite', 'sqlite'],
      ['Integration tests on PostgreSQL', 'postgres'],
      ...(mongoUri ? [['Integration tests on MongoDB', 'mongodb']] : []),
    ] as const
  ).map(([label, db]) => ({ ...vitest(label, 'int', `int-${db}`, { TEST_DB: db }), nice: 5 })),
]

const groups: ReportGroup[] = [
  { label: 'Unit tests', kind: 'vitest', files: [report('unit')] },
  { label: 'Site build tests', kind: 'vitest', files: [report('site')] },
  { label: 'Serving tests', kind: 'vitest', files: [report('serve')] },
  { label: 'End-to-end tests', kind: 'playwright', files: [report('e2e')] },
  {
    label: 'Integration tests (SQLite and PostgreSQL runs together)',
    kind: 'vitest',
    files: [
      report('int-sqlite'),
      report('int-postgres'),
      ...(mongoUri ? [report('int-mongodb')] : []),
    ],
  },
]

const started = performance.now()
if (!provisionTools()) process.exit(1)
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })

// The checks first, alone: short, and some (the HTML validator over the fixture build) have
// timeouts sized for a machine that is not also running the long suites.
const results: StepResult[] = []
for (const step of checks) results.push(await runStep(step))
results.push(...(await Promise.all(suites.map((step) => runStep(step, true)))))

if (!mongoUri) {
  console.log(
    '\nMongoDB: SKIPPED — no MongoDB server here. Set TEST_MONGODB_URI=mongodb://host:27017/?replicaSet=rs0 to run the integration suite on it.',
  )
}
const gateOk = skipGate(groups, ROOT, CI)
const failed = [
  ...results.filter((r) => !r.ok).map((r) => r.label),
  ...(gateOk ? [] : ['Tests that did not run']),
]
const minutes = ((performance.now() - started) / 60000).toFixed(1)
console.log('\nTimes:')
for (const r of results) console.log(`  ${r.seconds.toFixed(1).padStart(6)} s  ${r.label}`)
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')} (${minutes} min)`)
  process.exit(1)
}
console.log(`\nAll tests passed (${minutes} min).`)
