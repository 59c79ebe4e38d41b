import { describe, expect, it } from 'vitest'
import { ConfigError, readDeveloperConfig } from '../../config'
import { loadOptions } from '../../tools/load/loadOptions'

describe('loadOptions (npm run test:load)', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadOptions({})).toEqual({
      parts: ['sites', 'fanout'],
      databases: ['sqlite', 'postgres'],
      wrk: { threads: 2, connections: 64, seconds: 20 },
      fanOut: {
        orgs: 10_000,
        fanOutTimeoutS: 600,
        workers: { sqlite: 1, postgres: 2 },
        postgresPort: 54371,
      },
      strict: false,
      tmp: undefined,
      keep: false,
    })
  })

  it('reads every LOAD_* variable through config', () => {
    const options = loadOptions({
      LOAD_PARTS: 'fanout',
      LOAD_DATABASES: ' postgres ',
      LOAD_WRK_CONNECTIONS: '8',
      LOAD_WRK_SECONDS: '300',
      LOAD_ORGS: '50000',
      LOAD_FANOUT_TIMEOUT_S: '3600',
      LOAD_STRICT: '1',
      LOAD_TMP: '/var/tmp',
      LOAD_KEEP: 'true',
      LOAD_PG_PORT: '55000',
    })
    expect(options).toMatchObject({
      parts: ['fanout'],
      databases: ['postgres'],
      wrk: { connections: 8, seconds: 300 },
      fanOut: { orgs: 50_000, fanOutTimeoutS: 3600, postgresPort: 55000 },
      strict: true,
      tmp: '/var/tmp',
      keep: true,
    })
  })

  it('fails at once on a typo, naming the variable and what it expects', () => {
    const cases: [Record<string, string>, string][] = [
      [{ LOAD_ORGS: 'abc' }, 'LOAD_ORGS must be a whole number from 1 to 50000 (got "abc")'],
      [{ LOAD_ORGS: '50001' }, 'LOAD_ORGS must be a whole number from 1 to 50000'],
      [{ LOAD_WRK_SECONDS: '0' }, 'LOAD_WRK_SECONDS must be a whole number from 1 to 300'],
      [{ LOAD_WRK_CONNECTIONS: '1001' }, 'LOAD_WRK_CONNECTIONS must be a whole number from 1 to'],
      [{ LOAD_FANOUT_TIMEOUT_S: '3601' }, 'LOAD_FANOUT_TIMEOUT_S must be a whole number from 1'],
      [{ LOAD_PARTS: 'sites,fan-out' }, 'LOAD_PARTS must be a comma-separated list of: sites'],
      [{ LOAD_DATABASES: 'mysql' }, 'LOAD_DATABASES must be a comma-separated list of: sqlite'],
      [{ LOAD_STRICT: 'yes' }, 'LOAD_STRICT must be 1 or 0'],
      [{ LOAD_PG_PORT: '70000' }, 'LOAD_PG_PORT must be a TCP port'],
    ]
    for (const [env, message] of cases) {
      expect(() => loadOptions(env), JSON.stringify(env)).toThrow(ConfigError)
      expect(() => loadOptions(env), JSON.stringify(env)).toThrow(message)
    }
  })

  it("types the child run's knobs (passed on by the parent) with the same defaults", () => {
    expect(readDeveloperConfig({})).toMatchObject({
      LOAD_ORGS: 10_000,
      LOAD_FANOUT_TIMEOUT_S: 600,
      LOAD_PAUSE_MS: 250,
      LOAD_BASELINE_SAVES: 30,
    })
    expect(() => readDeveloperConfig({ LOAD_PAUSE_MS: '-1' })).toThrow(/LOAD_PAUSE_MS must be/)
  })
})

describe('CI (the CI service variable, read by npm test)', () => {
  it('is on for any non-empty value but 0 and false, as CI services set it', () => {
    const ci = (value: string | undefined) => readDeveloperConfig({ CI: value }).CI
    expect(ci(undefined)).toBe(false)
    expect(ci('')).toBe(false)
    expect(ci('0')).toBe(false)
    expect(ci('false')).toBe(false)
    expect(ci('1')).toBe(true)
    expect(ci('true')).toBe(true)
    expect(ci('woodpecker')).toBe(true)
    expect(ci('FALSE')).toBe(true)
  })
})
