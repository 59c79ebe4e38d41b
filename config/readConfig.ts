import type { z } from 'zod'
import { developerVariables } from './developerVariables'
import { internalVariables, productVariables } from './productVariables'
import type { VariableDoc } from './values'

/** The variables of the product: what operators set, plus what it sets for its own children. */
export const configSchema = productVariables.extend(internalVariables.shape)

export type Config = z.output<typeof configSchema>
export type DeveloperConfig = z.output<typeof developerVariables>
export type ConfigName = keyof Config
/** The environment as the process has it; tests pass their own. */
export type EnvSource = Readonly<Record<string, string | undefined>>

/** A bad value: names the variable and what it expects. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Shape = Record<string, z.ZodType>

/** An empty variable (`DATA_DIR=` in a .env file) counts as unset, as it always has here. */
function present(shape: Shape, env: EnvSource): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of Object.keys(shape)) {
    const value = env[name]
    if (value !== undefined && value !== '') out[name] = value
  }
  return out
}

function explain(shape: Shape, env: EnvSource, issues: readonly z.core.$ZodIssue[], only?: string) {
  const lines = issues.map((issue) => {
    const name = only ?? String(issue.path[0])
    const documentation = shape[name]?.meta() as VariableDoc | undefined
    const got = documentation?.sensitive ? '' : ` (got ${JSON.stringify(env[name])})`
    return `${name} must be ${issue.message}${got}`
  })
  return new ConfigError(`Invalid configuration: ${lines.join('; ')}.`)
}

function parse<S extends z.ZodObject>(schema: S, env: EnvSource): z.output<S> {
  const shape = schema.shape as Shape
  const result = schema.safeParse(present(shape, env))
  if (!result.success) throw explain(shape, env, result.error.issues)
  return result.data
}

/**
 * The product's configuration, parsed from the environment on every call (never frozen at import:
 * tests and launchers change the environment). Throws a ConfigError on a bad value.
 */
export function readConfig(env: EnvSource = process.env): Config {
  return parse(configSchema, env)
}

/** One variable, parsed alone: for paths called often, and so one bad value elsewhere is not fatal here. */
export function configValue<K extends ConfigName>(
  name: K,
  env: EnvSource = process.env,
): Config[K] {
  const shape = configSchema.shape as Shape
  const result = shape[name]!.safeParse(present({ [name]: shape[name]! }, env)[name])
  if (!result.success) throw explain(shape, env, result.error.issues, name)
  return result.data as Config[K]
}

/** Benchmark and test-harness knobs (developerVariables.ts). */
export function readDeveloperConfig(env: EnvSource = process.env): DeveloperConfig {
  return parse(developerVariables, env)
}
