import type { SQL } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'
import { compileShaped, fillShaped, statementName, type ShapedStatement } from './shapedSql'

export type SqlRow = Record<string, unknown>
/** Runs one statement and returns its rows as objects keyed by column name. */
export type RunSql = (query: SQL) => Promise<SqlRow[]>
export interface SqlDb {
  run: RunSql
  /**
   * Runs a statement whose text depends only on `shape`: `build` (with drizzle placeholders for
   * what varies) is compiled once per shape, then filled with this call's `values`.
   */
  runShaped(shape: string, build: () => SQL, values: Record<string, unknown>): Promise<SqlRow[]>
  dialect: 'sqlite' | 'postgres'
}

interface DrizzleAdapter {
  name: string
  drizzle: unknown
  sessions?: Record<string, { db?: unknown } | undefined>
}
type ToQuery = { sqlToQuery(query: SQL): ShapedStatement }
interface SqliteDb {
  all(query: SQL): Promise<SqlRow[]>
  dialect: ToQuery
  session: {
    prepareOneTimeQuery(
      query: ShapedStatement,
      fields: undefined,
      method: 'all',
      arrayMode: false,
    ): { all(): Promise<SqlRow[]> }
  }
}
/** drizzle's node-postgres database or transaction (drizzle-orm is pinned in package.json). */
interface PostgresDb {
  dialect: ToQuery
  session: {
    prepareQuery(
      query: ShapedStatement,
      fields: undefined,
      name: string,
      arrayMode: false,
    ): { execute(): Promise<{ rows: SqlRow[] }> }
  }
}

/** Every statement runs named (see statementName): PostgreSQL plans it once per connection. */
async function runNamed(db: PostgresDb, statement: ShapedStatement): Promise<SqlRow[]> {
  const name = statement.name ?? statementName(statement.sql)
  return (await db.session.prepareQuery(statement, undefined, name, false).execute()).rows
}

/** Whether the adapter in use speaks SQL (SQLite, PostgreSQL): false on MongoDB. */
export function hasRawSql(payload: Pick<PayloadRequest['payload'], 'db'>): boolean {
  const name = (payload.db as unknown as DrizzleAdapter).name
  return name === 'sqlite' || name === 'postgres'
}

/**
 * Raw SQL on the SQL adapter in use, for the few queries Payload's where builder cannot express
 * efficiently (recursive walks, a UNION of per-origin index scans). Null on MongoDB: callers
 * keep a Local API path for it. Inside a transaction the statement runs on the request's
 * session, as Payload's own queries do, so it sees the request's uncommitted writes.
 */
export async function rawSql(req: PayloadRequest): Promise<SqlDb | null> {
  if (!hasRawSql(req.payload)) return null
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const transaction = req.transactionID ? await req.transactionID : undefined
  const db =
    (transaction !== undefined && adapter.sessions?.[String(transaction)]?.db) || adapter.drizzle
  if (adapter.name === 'sqlite') {
    const lite = db as SqliteDb
    const toQuery = (q: SQL) => lite.dialect.sqlToQuery(q)
    return {
      dialect: 'sqlite',
      run: (q) => lite.all(q),
      runShaped: (shape, build, values) => {
        const statement = compileShaped('sqlite', shape, build, toQuery)
        const query = { sql: statement.sql, params: fillShaped(statement, values) }
        return lite.session.prepareOneTimeQuery(query, undefined, 'all', false).all()
      },
    }
  }
  const pg = db as PostgresDb
  const toQuery = (q: SQL) => pg.dialect.sqlToQuery(q)
  return {
    dialect: 'postgres',
    run: (q) => runNamed(pg, toQuery(q)),
    runShaped: (shape, build, values) => {
      const statement = compileShaped('postgres', shape, build, toQuery)
      return runNamed(pg, { ...statement, params: fillShaped(statement, values) })
    },
  }
}

/** SQLite returns 0/1 for booleans and PostgreSQL true/false; numeric columns may be strings. */
export const sqlBool = (value: unknown): boolean =>
  value === true || value === 1 || value === '1' || value === 't'

export const sqlNumber = (value: unknown): number => Number(value ?? 0)

/** Dates come back as ISO text (SQLite) or PostgreSQL's timestamp text: both as Payload's ISO. */
export const sqlDate = (value: unknown): string =>
  value === null || value === undefined || value === ''
    ? ''
    : new Date(value as string | Date).toISOString()
