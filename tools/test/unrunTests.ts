/**
 * Which tests did not run (pure, over the runners' JSON reports). A test counts as run when it
 * passed or failed in at least one of the runs given: the integration suite runs once per
 * database, and its PostgreSQL-only tests are skipped by design in the SQLite run (and the
 * SQLite-only ones in the PostgreSQL run), so they are judged over both runs together.
 */
import { relative } from 'node:path'

/** The part of vitest's `--reporter=json` output read here. */
export interface VitestReport {
  testResults: {
    name: string
    assertionResults: { fullName: string; status: string }[]
  }[]
}

/** The part of Playwright's JSON reporter output read here. */
export interface PlaywrightSuite {
  title: string
  file?: string
  specs?: { title: string; tests: { status: string; projectName?: string }[] }[]
  suites?: PlaywrightSuite[]
}

const RAN = new Set(['passed', 'failed'])

/**
 * A test's name with the database masked: a suite titled after the run's database (`… (sqlite)`,
 * `… (postgres)`) holds the same tests in every run, and a SQLite-only test in it must count as
 * run when it ran in the SQLite run.
 */
const sameInEveryRun = (name: string) =>
  name.replace(/\b(sqlite|postgres(ql)?|mongodb)\b/gi, '<db>')

/** `file › full name` of every test that ran in none of the runs. */
export function unrunVitestTests(runs: VitestReport[], root: string): string[] {
  const ran = new Set<string>()
  const seen = new Set<string>()
  for (const run of runs) {
    for (const file of run.testResults) {
      for (const test of file.assertionResults) {
        const key = `${relative(root, file.name)} › ${sameInEveryRun(test.fullName)}`
        seen.add(key)
        if (RAN.has(test.status)) ran.add(key)
      }
    }
  }
  return [...seen].filter((key) => !ran.has(key)).sort()
}

/** `file › title` of every Playwright test reported as skipped. */
export function skippedPlaywrightTests(suites: PlaywrightSuite[], file = ''): string[] {
  return suites.flatMap((suite) => {
    const where = suite.file ?? file
    const own = (suite.specs ?? []).flatMap((spec) =>
      spec.tests.filter((t) => t.status === 'skipped').map(() => `${where} › ${spec.title}`),
    )
    return [...own, ...skippedPlaywrightTests(suite.suites ?? [], where)]
  })
}

export interface Tally {
  passed: number
  failed: number
}

/** Test executions that passed and failed in a vitest report (a test of two database runs counts twice). */
export function tallyVitest(run: VitestReport): Tally {
  const statuses = run.testResults.flatMap((file) => file.assertionResults.map((t) => t.status))
  return {
    passed: statuses.filter((s) => s === 'passed').length,
    failed: statuses.filter((s) => s === 'failed').length,
  }
}

/** The same from Playwright's JSON stats (a flaky test passed on retry: counted as passed). */
export function tallyPlaywright(stats: {
  expected: number
  unexpected: number
  flaky: number
}): Tally {
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected }
}
