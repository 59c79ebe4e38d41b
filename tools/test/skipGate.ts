/**
 * "Nothing is skipped silently": after the runs, every test that did not run is listed, and
 * under CI it fails `npm test`. The integration suite's runs (one per database) are judged
 * together: a PostgreSQL-only test must run in the PostgreSQL run, and so on (unrunTests.ts).
 * The one documented exception is MongoDB without TEST_MONGODB_URI: that run does not happen at
 * all, and npm test says so.
 */
import { existsSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'
import {
  failedPlaywrightTests,
  flakyPlaywrightTests,
  failedVitestTests,
  type FailedTest,
  type PlaywrightFailureSuite,
  type VitestFailureReport,
} from './failedTests'
import {
  skippedPlaywrightTests,
  tallyPlaywright,
  tallyVitest,
  unrunVitestTests,
  type Tally,
  type PlaywrightSuite,
  type VitestReport,
} from './unrunTests'

export interface ReportGroup {
  /** What the group is, for the message. */
  label: string
  /** vitest JSON reports judged together, or one Playwright JSON report. */
  files: string[]
  kind: 'vitest' | 'playwright'
}

const read = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T

function unrun(group: ReportGroup, root: string): string[] {
  const missing = group.files.filter((file) => !existsSync(file))
  if (missing.length > 0) return [`(no report: ${missing.join(', ')} — the run did not finish)`]
  if (group.kind === 'playwright')
    return group.files.flatMap((file) =>
      skippedPlaywrightTests(read<{ suites: PlaywrightSuite[] }>(file).suites),
    )
  return unrunVitestTests(
    group.files.map((file) => read<VitestReport>(file)),
    root,
  )
}

function tally(group: ReportGroup): Tally {
  const tallies = group.files
    .filter((file) => existsSync(file))
    .map((file) =>
      group.kind === 'playwright'
        ? tallyPlaywright(read<{ stats: Parameters<typeof tallyPlaywright>[0] }>(file).stats)
        : tallyVitest(read<VitestReport>(file)),
    )
  return {
    passed: tallies.reduce((sum, t) => sum + t.passed, 0),
    failed: tallies.reduce((sum, t) => sum + t.failed, 0),
  }
}

function failedIn(group: ReportGroup, root: string): FailedTest[] {
  return group.files
    .filter((file) => existsSync(file))
    .flatMap((file) =>
      group.kind === 'playwright'
        ? failedPlaywrightTests(read<{ suites: PlaywrightFailureSuite[] }>(file).suites)
        : failedVitestTests(read<VitestFailureReport>(file), root, basename(file, '.json')),
    )
}

/** The Playwright tests that passed only on a retry (vitest does not retry). */
function flakyIn(group: ReportGroup): FailedTest[] {
  if (group.kind !== 'playwright') return []
  return group.files
    .filter((file) => existsSync(file))
    .flatMap((file) =>
      flakyPlaywrightTests(read<{ suites: PlaywrightFailureSuite[] }>(file).suites),
    )
}

/**
 * Prints what did not run, then what failed (name and first line of why: the last lines of the
 * log are what survives a cut), then the closing count line (`N passed, N failed, N skipped`, skipped
 * being the tests that ran in none of their runs); false when a skip must fail the run (CI).
 */
export function skipGate(groups: ReportGroup[], root: string, strict: boolean): boolean {
  let skipped = 0
  for (const group of groups) {
    const tests = unrun(group, root)
    if (tests.length === 0) continue
    skipped += tests.length
    console.log(`\n${strict ? '✘' : '⚠'} ${group.label}: ${tests.length} test(s) did not run:`)
    for (const test of tests) console.log(`  - ${test}`)
  }
  if (skipped > 0 && strict) console.log('\nCI is set: a test that did not run fails the run.')
  const failures = groups.flatMap((group) => failedIn(group, root))
  if (failures.length > 0) {
    console.log(`\n✘ ${failures.length} test(s) failed:`)
    for (const test of failures) console.log(`  - ${test.name}\n      ${test.why}`)
  }
  const flaky = groups.flatMap(flakyIn)
  if (flaky.length > 0) {
    console.log(`\n⚠ ${flaky.length} test(s) failed first and passed on a retry (fix them):`)
    for (const test of flaky) console.log(`  - ${test.name}\n      ${test.why}`)
  }
  const total = groups.map(tally)
  const passed = total.reduce((sum, t) => sum + t.passed, 0)
  const failed = total.reduce((sum, t) => sum + t.failed, 0)
  console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`)
  return skipped === 0 || !strict
}
