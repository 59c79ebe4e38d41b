/**
 * What `npm test` runs, in which order, and how its reports are judged: the checks one after
 * the other (format, types, boundaries, unit, site build and serving tests); then, side by side,
 * the end-to-end suite on the demo sites in Chromium and the integration suite on SQLite, on a
 * real PostgreSQL server (started on 127.0.0.1 by the suite) and on MongoDB when a URI is given.
 */
import type { Step } from './runStep'
import type { ReportGroup } from './skipGate'

export interface TestPlan {
  /** Short steps, one after the other. */
  checks: Step[]
  /** The long suites, side by side. */
  suites: Step[]
  /** The reports judged for tests that did not run (skipGate.ts). */
  groups: ReportGroup[]
}

export function testPlan(reportsDir: string, mongoUri: string | undefined): TestPlan {
  const report = (name: string) => `${reportsDir}/${name}.json`
  const vitest = (
    label: string,
    projects: string[],
    name: string,
    env?: Record<string, string>,
  ): Step => ({
    label,
    cmd: 'vitest',
    args: [
      'run',
      ...projects.flatMap((project) => ['--project', project]),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report(name)}`,
    ],
    env,
  })

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
    vitest('Unit tests', ['unit'], 'unit'),
    vitest('Site build tests (Astro, fixture snapshots)', ['site'], 'site'),
    vitest('Serving tests (preview server, nginx config, nginx parity)', ['serve'], 'serve'),
  ]

  /**
   * Each long suite in its own process (README: where the time goes). The integration runs
   * yield the CPU to the end-to-end suite (nice): its browser tests have timeouts of a minute or
   * three, theirs are generous, and whatever the browsers leave idle they use.
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
    ).map(([label, db]) => ({
      ...vitest(label, ['int', 'int-own'], `int-${db}`, { TEST_DB: db }),
      nice: 5,
    })),
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
  return { checks, suites, groups }
}
