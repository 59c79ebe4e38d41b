import { readDeveloperConfig, type EnvSource } from '../../config'
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

/** The words of a list variable, already checked against its set by config. */
const words = <T extends string>(list: string) =>
  list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean) as T[]

/**
 * The run's settings from the LOAD_* variables (config/developerVariables.ts, with their defaults
 * and limits): a typo throws a ConfigError naming the variable at once, not in minute 10.
 */
export function loadOptions(env?: EnvSource): LoadOptions {
  const config = readDeveloperConfig(env)
  return {
    parts: words<'sites' | 'fanout'>(config.LOAD_PARTS),
    databases: words<LoadDatabase>(config.LOAD_DATABASES),
    wrk: { threads: 2, connections: config.LOAD_WRK_CONNECTIONS, seconds: config.LOAD_WRK_SECONDS },
    fanOut: {
      orgs: config.LOAD_ORGS,
      fanOutTimeoutS: config.LOAD_FANOUT_TIMEOUT_S,
      workers: { sqlite: 1, postgres: 2 },
      postgresPort: config.LOAD_PG_PORT,
    },
    strict: config.LOAD_STRICT,
    tmp: config.LOAD_TMP,
    keep: config.LOAD_KEEP,
  }
}
