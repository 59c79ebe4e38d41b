import type { LoadDatabase, FanOutOptions } from './fanOutLoad'

export interface LoadOptions {
  parts: ('sites' | 'fanout')[]
  databases: LoadDatabase[]
  wrk: { threads: number; connections: number; seconds: number }
  fanOut: FanOutOptions
  strict: boolean
  tmp?: string
  /** Keep the run's folder (LOAD_KEEP=1). */
  keep: boolean
}

function list<T extends string>(name: string, value: string, allowed: readonly T[]): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const bad = items.find((i) => !allowed.includes(i as T))
  if (bad !== undefined || items.length === 0)
    throw new Error(
      `${name}: expected a comma-separated list of ${allowed.join(', ')}; got "${value}"`,
    )
  return items as T[]
}

function count(name: string, value: string, max: number): number {
  if (!/^[1-9]\d*$/.test(value) || Number(value) > max)
    throw new Error(`${name}: expected a whole number from 1 to ${max}; got "${value}"`)
  return Number(value)
}

/** The run's settings from the environment, checked: a typo fails at once, not in minute 10. */
export function loadOptions(env: NodeJS.ProcessEnv): LoadOptions {
  return {
    parts: list('LOAD_PARTS', env.LOAD_PARTS ?? 'sites,fanout', ['sites', 'fanout'] as const),
    databases: list('LOAD_DATABASES', env.LOAD_DATABASES ?? 'sqlite,postgres', [
      'sqlite',
      'postgres',
    ] as const),
    wrk: {
      threads: 2,
      connections: count('LOAD_WRK_CONNECTIONS', env.LOAD_WRK_CONNECTIONS ?? '64', 1000),
      seconds: count('LOAD_WRK_SECONDS', env.LOAD_WRK_SECONDS ?? '20', 300),
    },
    fanOut: {
      orgs: count('LOAD_ORGS', env.LOAD_ORGS ?? '10000', 50_000),
      fanOutTimeoutS: count('LOAD_FANOUT_TIMEOUT_S', env.LOAD_FANOUT_TIMEOUT_S ?? '600', 3600),
      workers: { sqlite: 1, postgres: 2 },
    },
    strict: env.LOAD_STRICT === '1',
    tmp: env.LOAD_TMP,
    keep: env.LOAD_KEEP === '1',
  }
}
