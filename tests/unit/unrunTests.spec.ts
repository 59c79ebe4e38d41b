import { describe, expect, it } from 'vitest'
import {
  skippedPlaywrightTests,
  unrunVitestTests,
  type VitestReport,
} from '../../tools/test/unrunTests'

const report = (file: string, tests: [string, string][]): VitestReport => ({
  testResults: [
    {
      name: `/repo/${file}`,
      assertionResults: tests.map(([fullName, status]) => ({ fullName, status })),
    },
  ],
})

describe('tests that did not run', () => {
  it('lists a test skipped in its only run, and not the ones that passed or failed', () => {
    const run = report('tests/serve/x.spec.ts', [
      ['nginx serves the same bytes', 'skipped'],
      ['preview server', 'passed'],
      ['broken', 'failed'],
      ['later', 'todo'],
    ])
    expect(unrunVitestTests([run], '/repo')).toEqual([
      'tests/serve/x.spec.ts › later',
      'tests/serve/x.spec.ts › nginx serves the same bytes',
    ])
  })

  it('judges the database runs together: a PostgreSQL-only test that ran on PostgreSQL counts as run', () => {
    const sqlite = report('tests/int/a.int.spec.ts', [
      ['pg only', 'skipped'],
      ['sqlite only', 'passed'],
      ['both', 'passed'],
    ])
    const postgres = report('tests/int/a.int.spec.ts', [
      ['pg only', 'passed'],
      ['sqlite only', 'skipped'],
      ['both', 'passed'],
    ])
    expect(unrunVitestTests([sqlite, postgres], '/repo')).toEqual([])
  })

  it('matches a test across runs when its suite is titled after the database', () => {
    const sqlite = report('tests/int/c.int.spec.ts', [['editing (sqlite) lock held', 'passed']])
    const postgres = report('tests/int/c.int.spec.ts', [
      ['editing (postgres) lock held', 'skipped'],
    ])
    expect(unrunVitestTests([sqlite, postgres], '/repo')).toEqual([])
  })

  it('but a test skipped in every run is listed (e.g. the small-disk test where mount is refused)', () => {
    const sqlite = report('tests/int/disk.int.spec.ts', [['disk fills up', 'skipped']])
    const postgres = report('tests/int/disk.int.spec.ts', [['disk fills up', 'skipped']])
    expect(unrunVitestTests([sqlite, postgres], '/repo')).toEqual([
      'tests/int/disk.int.spec.ts › disk fills up',
    ])
  })

  it('finds skipped Playwright tests in nested suites, with their file', () => {
    const suites = [
      {
        title: 'walk.e2e.spec.ts',
        file: 'walk.e2e.spec.ts',
        specs: [{ title: 'a reader walk', tests: [{ status: 'expected' }] }],
        suites: [
          {
            title: 'describe',
            specs: [{ title: 'skipped one', tests: [{ status: 'skipped' }] }],
          },
        ],
      },
    ]
    expect(skippedPlaywrightTests(suites)).toEqual(['walk.e2e.spec.ts › skipped one'])
  })
})
