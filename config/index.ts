/**
 * The one reader of environment variables. Every layer (cms, site, scripts, tools, tests) imports
 * from here; the schemas list every variable with its default and meaning, and README.md's
 * configuration table and .env.example are checked against them (tests/unit/configDocs.spec.ts).
 *
 * Read elsewhere on purpose, neither being a setting of this project:
 * - PATH, in tools/test/provisionTools.ts: the operating system's command search path, searched
 *   there as spawn searches it to tell whether a system tool is installed;
 * - NODE_OPTIONS, in publishing/render/astroBuild.ts: Node's own options, handed on to the astro
 *   child with the memory probe added (the probe's file travels in its URL, not in a variable);
 * - NODE_OPTIONS, in cms/mailings/sendDigestsInChild.ts: likewise, handed on to the digest's
 *   sender with its heap bound added.
 * Handing the whole environment to a child process (`{ ...process.env, … }`) is not a read, and
 * assumeDevelopmentMachine is the one write (children must inherit it).
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
export { assumeDevelopmentMachine } from './assumeDevelopmentMachine'
export { developerVariables } from './developerVariables'
export { internalVariables, productVariables } from './productVariables'
export type { VariableDoc } from './values'
export { defaultText, variableRows, type VariableRow } from './variableDocs'
