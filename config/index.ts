/**
 * The one reader of environment variables. Every layer (cms, site, scripts, tests) imports from
 * here; the schemas list every variable with its default and meaning, and README.md's
 * configuration table and .env.example are checked against them (tests/unit/configDocs.spec.ts).
 */
export {
  ConfigError,
  configSchema,
  configValue,
  readConfig,
  readDeveloperConfig,
  type Config,
  type ConfigName,
  type DeveloperConfig,
  type EnvSource,
} from './readConfig'
export { developerVariables } from './developerVariables'
export { internalVariables, productVariables } from './productVariables'
export type { VariableDoc } from './values'
export { defaultText, variableRows, type VariableRow } from './variableDocs'
