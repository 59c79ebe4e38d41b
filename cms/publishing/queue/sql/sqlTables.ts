import type { Payload } from 'payload'

/* eslint-disable @typescript-eslint/no-explicit-any -- drizzle's SQLite and PostgreSQL builders
   share their shape but not their types; the queries of this folder are valid in both dialects. */
export type Db = any
export type Table = any

/** The queue's two tables on Payload's own drizzle connection (SQLite or PostgreSQL). */
export interface SqlTables {
  db: Db
  /** site_builds: one row per host, with its request counter and lease. */
  builds: Table
  /** publish_changes: the changes editors recorded, waiting to be expanded. */
  changes: Table
  postgres: boolean
}

export function sqlTables(payload: Payload): SqlTables {
  const adapter = payload.db as unknown as {
    drizzle: Db
    tables: Record<string, Table>
    name: string
  }
  return {
    db: adapter.drizzle,
    builds: adapter.tables.site_builds,
    changes: adapter.tables.publish_changes,
    postgres: adapter.name === 'postgres',
  }
}

export const now = () => new Date().toISOString()
export const later = (ms: number) => new Date(Date.now() + ms).toISOString()
