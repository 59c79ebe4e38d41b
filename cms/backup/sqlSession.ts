import { asc, count, gt, sql, type SQL } from 'drizzle-orm'
import { databaseUri } from '../db/databaseUri'
import type { SqlAdapter, SqlTable } from './sqlTables'

type Rec = Record<string, unknown>
/** The part of drizzle's query builder (the same on SQLite and PostgreSQL) used here. */
interface Query extends PromiseLike<Rec[]> {
  where(condition: SQL): Query
  orderBy(...columns: SQL[]): Query
  limit(n: number): Query
  offset(n: number): Query
}
interface Drizzle {
  select(fields?: Rec): { from(table: unknown): Query }
  insert(table: unknown): { values(rows: Rec[]): PromiseLike<unknown> }
  transaction<T>(fn: (tx: Drizzle) => Promise<T>, config?: Rec): Promise<T>
  execute?(query: SQL): Promise<{ rows: Rec[] }>
  all?(query: SQL): Promise<Rec[]>
  run?(query: SQL): Promise<unknown>
}

const PAGE = 1000

/** Reads and writes whole tables on the adapter's drizzle database or one of its transactions. */
export class SqlSession {
  constructor(
    readonly dialect: SqlAdapter['name'],
    private readonly db: Drizzle,
  ) {}

  static of(adapter: SqlAdapter): SqlSession {
    return new SqlSession(adapter.name, adapter.drizzle as Drizzle)
  }

  /**
   * One transaction for the whole job. A backup reads in a snapshot, so its tables agree with
   * each other while editors keep saving: PostgreSQL's repeatable read; on SQLite a deferred
   * read transaction on a connection of its own (the adapter's client runs each read apart and
   * every transaction as a writer, which would hold the editors' saves for the whole backup).
   * In WAL mode that snapshot never blocks a write.
   */
  async transaction<T>(mode: 'read' | 'write', fn: (s: SqlSession) => Promise<T>): Promise<T> {
    if (this.dialect === 'sqlite' && mode === 'read') return sqliteSnapshot(fn)
    const config =
      this.dialect === 'postgres' && mode === 'read'
        ? { isolationLevel: 'repeatable read', accessMode: 'read only' }
        : undefined
    return this.db.transaction((tx) => fn(new SqlSession(this.dialect, tx)), config)
  }

  /** The rows of a table in its canonical order, a page at a time (keyset on an integer id). */
  async *rows(t: SqlTable): AsyncGenerator<Rec> {
    const col = (key: string) => (t.table as unknown as Record<string, SQL>)[key]!
    const order = t.orderBy.map((c) => asc(col(c.key)))
    let last: unknown = undefined
    for (let offset = 0; ; offset += PAGE) {
      let query = this.db.select().from(t.table)
      if (t.serialId && last !== undefined) query = query.where(gt(col('id'), last))
      query = query.orderBy(...order).limit(PAGE)
      if (!t.serialId) query = query.offset(offset)
      const page = await query
      for (const row of page) yield row
      if (page.length < PAGE) return
      last = page[page.length - 1]!.id
    }
  }

  async count(t: SqlTable): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(t.table)
    return Number(row?.n ?? 0)
  }

  async insert(t: SqlTable, rows: Rec[]): Promise<void> {
    if (rows.length > 0) await this.db.insert(t.table).values(rows)
  }

  /** A statement written for this dialect; returns its rows. */
  async raw(text: string): Promise<Rec[]> {
    const query = sql.raw(text)
    if (this.dialect === 'postgres') return (await this.db.execute!(query)).rows
    return this.db.all!(query)
  }
}

async function sqliteSnapshot<T>(fn: (s: SqlSession) => Promise<T>): Promise<T> {
  const { createClient } = await import('@libsql/client')
  const { drizzle } = await import('drizzle-orm/libsql')
  const client = createClient({ url: databaseUri() })
  try {
    await client.execute('BEGIN DEFERRED')
    const result = await fn(new SqlSession('sqlite', drizzle(client) as unknown as Drizzle))
    await client.execute('COMMIT')
    return result
  } finally {
    client.close()
  }
}
