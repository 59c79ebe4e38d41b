import { resolve } from 'node:path'
import { configValue } from '../../config'
import { dataDir } from '../../config/paths'

/** The embedded default: a SQLite file under data/, created on first start. */
export function databaseUri(): string {
  return configValue('DATABASE_URI') ?? `file:${resolve(dataDir(), 'union-sites.db')}`
}
