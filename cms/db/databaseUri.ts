import { resolve } from 'node:path'
import { dataDir } from '../lib/paths'

/** The embedded default: a SQLite file under data/, created on first start. */
export function databaseUri(): string {
  return process.env.DATABASE_URI || `file:${resolve(dataDir(), 'union-sites.db')}`
}
