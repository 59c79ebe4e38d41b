/**
 * Which tests failed, with the first line of why (pure, over the runners' JSON reports). `npm
 * test` prints them last, after the times: the long suites' output is buffered and can be cut
 * by whatever shows only the end of a log (CI keeps the tail), and a failure whose name is not
 * in that tail cannot be found again.
 */
import { relative } from 'node:path'

/** The part of vitest's `--reporter=json` output read here. */
export interface VitestFailureReport {
  testResults: {
    name: string
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[]
  }[]
}

/** The part of Playwright's JSON reporter output read here. */
export interface PlaywrightFailureSuite {
  title: string
  file?: string
  specs?: {
    title: string
    line?: number
    tests: {
      status: string
      projectName?: string
      results?: { status?: string; error?: { message?: string } }[]
    }[]
  }[]
  suites?: PlaywrightFailureSuite[]
}

export interface FailedTest {
  /** `file › full name`, with the run's label when the same file runs more than once. */
  name: string
  /** The gist of the error (firstLine), without terminal colours, at most ~300 characters. */
  why: string
}

const ANSI = /\u001b\[[0-9;]*m/g
const MAX_WHY = 300

/**
 * The gist of an error message: its first three non-empty lines that are not stack frames (a
 * Playwright message names the locator on its second and third), without colours, shortened.
 */
export function firstLine(message: string | undefined): string {
  const lines = (message ?? '')
    .replace(ANSI, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('at '))
    .slice(0, 3)
  const gist = lines.length > 0 ? lines.join(' | ') : '(no message)'
  return gist.length > MAX_WHY ? `${gist.slice(0, MAX_WHY)}…` : gist
}

/** Every failed test of one vitest run. */
export function failedVitestTests(
  run: VitestFailureReport,
  root: string,
  runLabel: string,
): FailedTest[] {
  return run.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => ({
        name: `${relative(root, file.name)} › ${test.fullName} [${runLabel}]`,
        why: firstLine(test.failureMessages?.[0]),
      })),
  )
}

/**
 * Playwright's outcome of a test over its attempts: "unexpected" failed in every one, "flaky"
 * failed first and passed on a retry (the admin project retries once under CI).
 */
export type PlaywrightOutcome = 'unexpected' | 'flaky'

/** Every Playwright test with that outcome, with the error of its last failed attempt. */
export function playwrightTestsWith(
  outcome: PlaywrightOutcome,
  suites: PlaywrightFailureSuite[],
  file = '',
  path: string[] = [],
): FailedTest[] {
  return suites.flatMap((suite) => {
    const where = suite.file ?? file
    // The root suites are titled after their file; nested ones (describe) give the path.
    const inner = suite.file ? path : [...path, suite.title]
    const own = (suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === outcome)
        .map((test) => {
          const results = test.results ?? []
          const failed = results.filter((r) => r.error?.message)
          const title = [...inner, spec.title].join(' › ')
          const line = spec.line ? `:${spec.line}` : ''
          return {
            name: `${where}${line} › ${title}${test.projectName ? ` [${test.projectName}]` : ''}`,
            why: firstLine(failed.at(-1)?.error?.message),
          }
        }),
    )
    return [...own, ...playwrightTestsWith(outcome, suite.suites ?? [], where, inner)]
  })
}

/** Every Playwright test that failed in all its attempts. */
export const failedPlaywrightTests = (suites: PlaywrightFailureSuite[]): FailedTest[] =>
  playwrightTestsWith('unexpected', suites)

/** Every Playwright test that failed first and passed on a retry: printed, so it gets fixed. */
export const flakyPlaywrightTests = (suites: PlaywrightFailureSuite[]): FailedTest[] =>
  playwrightTestsWith('flaky', suites)
