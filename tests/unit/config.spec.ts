import { describe, expect, it } from 'vitest'
import {
  assumeDevelopmentMachine,
  ConfigError,
  configValue,
  readConfig,
  readDeveloperConfig,
} from '../../config'
import { DEV_SECRET, payloadSecret } from '../../cms/lib/secret'
import { requestLimits, trustedOrigins, UNCONFIGURED } from '../../cms/requests/requestSettings'

const STRONG = 'f3a9c1e07b5d4a2e9c8b7a6f5e4d3c2b1a0f9e8d'

describe('readConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(readConfig({})).toMatchObject({
      DATA_DIR: 'data',
      SITES_DIR: 'dist/sites',
      SITES_PORT: 4321,
      SITES_ORIGIN_TEMPLATE: 'http://{host}:4321',
      MAX_BODY_MB: 4,
      MAX_UPLOAD_MB: 50,
      DATABASE_POOL_MAX: 10,
      SQLITE_BUSY_TIMEOUT_MS: 15000,
      UNION_SITES_FILE_THREADS: 2,
      UNION_SITES_DEV: false,
      JOBS_AUTORUN: false,
      CHROMIUM_PATH: '/usr/bin/chromium',
      JAVA: 'java',
    })
    expect(readConfig({}).DATABASE_URI).toBeUndefined()
    expect(readConfig({}).PORT).toBeUndefined()
  })

  it('parses values into their types', () => {
    const config = readConfig({ PORT: '8080', JOBS_AUTORUN: '1', MAX_BODY_MB: '0.5' })
    expect(config.PORT).toBe(8080)
    expect(config.JOBS_AUTORUN).toBe(true)
    expect(config.MAX_BODY_MB).toBe(0.5)
  })

  it('reads the environment on every call, never a value frozen at import', () => {
    const before = process.env.SITES_DIR
    try {
      process.env.SITES_DIR = '/tmp/one'
      expect(configValue('SITES_DIR')).toBe('/tmp/one')
      process.env.SITES_DIR = '/tmp/two'
      expect(readConfig().SITES_DIR).toBe('/tmp/two')
    } finally {
      if (before === undefined) delete process.env.SITES_DIR
      else process.env.SITES_DIR = before
    }
  })

  it('counts an empty value as unset', () => {
    const config = readConfig({ DATA_DIR: '', PORT: '' })
    expect(config.DATA_DIR).toBe('data')
    expect(config.PORT).toBeUndefined()
  })

  it('refuses a bad value, naming the variable, what it expects and what it got', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(ConfigError)
    expect(() => readConfig({ PORT: 'abc' })).toThrow(
      'PORT must be a TCP port, a whole number from 1 to 65535 (got "abc")',
    )
    expect(() => configValue('SITES_PORT', { SITES_PORT: '70000' })).toThrow(/SITES_PORT must be/)
    expect(() => readConfig({ MAX_UPLOAD_MB: '-1' })).toThrow(
      'MAX_UPLOAD_MB must be a number above 0',
    )
    expect(() => readConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL must be one of: fatal/)
    expect(() => readConfig({ SITES_ORIGIN_TEMPLATE: 'https://x.org' })).toThrow(/\{host\}/)
    expect(() => readConfig({ SERVER_URL: 'admin.example' })).toThrow(/SERVER_URL must be an http/)
    expect(() => readConfig({ TRUSTED_ORIGINS: 'https://a.org, junk' })).toThrow(/TRUSTED_ORIGINS/)
  })

  it('refuses a typo in a flag rather than reading it as off', () => {
    expect(() => readConfig({ UNION_SITES_DEV: 'yes' })).toThrow(
      'UNION_SITES_DEV must be 1 or 0 (true or false) (got "yes")',
    )
    expect(() => configValue('JOBS_AUTORUN', { JOBS_AUTORUN: 'on' })).toThrow(/JOBS_AUTORUN/)
  })

  it('names every bad variable at once, and never echoes a secret', () => {
    const error = (() => {
      try {
        readConfig({ PORT: '0', DATABASE_URI: 'mysql://root:hunter2@db/x' })
      } catch (e) {
        return e as Error
      }
    })()
    expect(error?.message).toMatch(/DATABASE_URI must be a database URI/)
    expect(error?.message).toMatch(/PORT must be/)
    expect(error?.message).not.toContain('hunter2')
  })

  it('keeps developer knobs apart: a bad one never stops the product', () => {
    expect(readConfig({ BENCH_ORGS: 'many' }).DATA_DIR).toBe('data')
    expect(() => readDeveloperConfig({ BENCH_ORGS: '1000,many' })).toThrow(/BENCH_ORGS must be/)
    expect(readDeveloperConfig({ BENCH_ORGS: '1000,10000' }).BENCH_ORGS).toBe('1000,10000')
    expect(readDeveloperConfig({})).toMatchObject({ TEST_DB: 'sqlite', MIGRATE_PG_PORT: 54339 })
  })
})

describe('production rules read through config', () => {
  const withEnv = (env: Record<string, string | undefined>, run: () => void) => {
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]))
    Object.assign(process.env, env)
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k]
    try {
      run()
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    }
  }

  it('payloadSecret refuses to start in production without a strong secret', () => {
    const prod = { NODE_ENV: 'production', UNION_SITES_DEV: undefined }
    withEnv({ ...prod, PAYLOAD_SECRET: undefined }, () =>
      expect(() => payloadSecret()).toThrow(/PAYLOAD_SECRET is not set/),
    )
    withEnv({ ...prod, PAYLOAD_SECRET: DEV_SECRET }, () =>
      expect(() => payloadSecret()).toThrow(/development secret/),
    )
    withEnv({ ...prod, PAYLOAD_SECRET: STRONG }, () => expect(payloadSecret()).toBe(STRONG))
    withEnv({ NODE_ENV: 'production', UNION_SITES_DEV: '1', PAYLOAD_SECRET: '' }, () =>
      expect(payloadSecret()).toBe(DEV_SECRET),
    )
    withEnv({ ...prod, UNION_SITES_DEV: 'yes', PAYLOAD_SECRET: undefined }, () =>
      expect(() => payloadSecret()).toThrow(/UNION_SITES_DEV must be 1 or 0/),
    )
  })

  it('trusts no origin in production without SERVER_URL, and takes limits from config', () => {
    expect(trustedOrigins(readConfig({ NODE_ENV: 'production' }))).toEqual([UNCONFIGURED])
    expect(
      trustedOrigins(readConfig({ NODE_ENV: 'production', SERVER_URL: 'https://a.org/x' })),
    ).toEqual(['https://a.org'])
    expect(requestLimits(readConfig({ MAX_UPLOAD_MB: '10' })).maxUploadBytes).toBe(10 * 1024 * 1024)
  })
})

describe('assumeDevelopmentMachine (npm start, bench, commands that sign no logins)', () => {
  it('turns UNION_SITES_DEV on for the process and its children, unless it is set', () => {
    const unset: Record<string, string | undefined> = {}
    assumeDevelopmentMachine(unset)
    expect(readConfig(unset).UNION_SITES_DEV).toBe(true)
    const explicitOff: Record<string, string | undefined> = { UNION_SITES_DEV: '0' }
    assumeDevelopmentMachine(explicitOff)
    expect(readConfig(explicitOff).UNION_SITES_DEV).toBe(false)
  })
})
