import { describe, expect, it } from 'vitest'
import { testPlan } from '../../tools/test/testPlan'

describe('the plan of npm test', () => {
  it('runs the checks first, then end-to-end and the integration suite on SQLite and PostgreSQL', () => {
    const plan = testPlan('reports', undefined)
    expect(plan.checks.map((s) => s.label)).toEqual([
      'Formatting',
      'Type check',
      'Type check of the sites (astro check)',
      'Boundary check (dependency-cruiser: imports only in the direction of the layers)',
      'Unit tests',
      'Site build tests (Astro, fixture snapshots)',
      'Serving tests (preview server, nginx config, nginx parity)',
    ])
    expect(plan.suites.map((s) => [s.cmd, s.env, s.nice])).toEqual([
      ['playwright', { PLAYWRIGHT_JSON_OUTPUT_FILE: 'reports/e2e.json' }, undefined],
      ['vitest', { TEST_DB: 'sqlite' }, 5],
      ['vitest', { TEST_DB: 'postgres' }, 5],
    ])
  })

  it('judges every report it writes, the integration runs together', () => {
    const plan = testPlan('reports', undefined)
    const written = [...plan.checks, ...plan.suites].flatMap((s) => [
      ...s.args.filter((a) => a.startsWith('--outputFile.json=')).map((a) => a.slice(18)),
      ...Object.values(s.env ?? {}).filter((v) => v.endsWith('.json')),
    ])
    expect(plan.groups.flatMap((g) => g.files).sort()).toEqual(written.sort())
    expect(plan.groups.at(-1)!.files).toEqual([
      'reports/int-sqlite.json',
      'reports/int-postgres.json',
    ])
  })

  it('adds the MongoDB run, and its report to the integration group, only with a URI', () => {
    const plan = testPlan('reports', 'mongodb://127.0.0.1:27017/?replicaSet=rs0')
    expect(plan.suites.at(-1)!.env).toEqual({ TEST_DB: 'mongodb' })
    expect(plan.groups.at(-1)!.files).toContain('reports/int-mongodb.json')
  })
})
