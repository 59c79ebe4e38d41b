import { createClient, type Client, type InStatement, type ResultSet } from '@libsql/client'
import { DatabaseBusyError, isBusy } from './databaseBusy'
import { isReadStatement } from './statementKind'
import { SqliteTransaction, type WriteSession } from './sqliteTransaction'
import { WriteLock } from './writeLock'

export interface SqliteSettings {
  url: string
  /** How long a write may wait for SQLite's write lock before it answers 503. */
  busyTimeoutMs: number
  synchronous: 'FULL' | 'NORMAL'
  journalSizeLimit: number
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
function closeQuietly(connection: Client) {
  try {
    connection.close()
  } catch {
    // Closing may be refused while a failed statement is active; the GC finalizes both.
  }
}
const text = (stmt: InStatement) => (typeof stmt === 'string' ? stmt : stmt.sql)

/**
 * The libsql client Payload's SQLite adapter talks to, rebuilt around SQLite's single writer.
 * libsql runs every statement synchronously on the event loop, so its own busy_timeout would
 * freeze the process while it waits — including the very transaction that holds the lock, when
 * that is in the same process. Here:
 * - every write (a transaction at its first write, or a lone statement) first takes this
 *   process's write turn (WriteLock), then BEGIN IMMEDIATE on the one writer connection, retried
 *   with short async
 *   sleeps while another process holds the lock, up to `busyTimeoutMs`; a deferred transaction
 *   that read first could fail to upgrade its lock half-way (SQLITE_BUSY_SNAPSHOT), this cannot;
 * - reads run on a reader connection, which in WAL mode never waits for writers;
 * - a connection on which a statement failed is replaced: libsql leaves a failed statement
 *   active, and an active statement keeps its connection inside a transaction (a stale
 *   snapshot for reads; for writes, changes that are never committed);
 * - the settings are applied to every connection it opens (libsql's own client opens new
 *   connections after each transaction, with none of them).
 */
export class SqliteClient {
  readonly protocol = 'file'
  closed = false
  private reader: Promise<Client> | null = null
  private writer: Promise<Client> | null = null
  private readonly lock = new WriteLock()

  constructor(readonly settings: SqliteSettings) {}

  private async connect(): Promise<Client> {
    const connection = createClient({ url: this.settings.url })
    // The busy handler would block the event loop: waiting is done by openWrite() instead.
    await connection.execute('PRAGMA busy_timeout = 0')
    await connection.execute(`PRAGMA synchronous = ${this.settings.synchronous}`)
    await connection.execute(`PRAGMA journal_size_limit = ${this.settings.journalSizeLimit}`)
    return connection
  }

  private writerConnection(): Promise<Client> {
    const opening = (this.writer ??= this.connect().then(async (c) => {
      // WAL is a property of the file: set once, kept by every later connection.
      const [mode] = (await c.execute('PRAGMA journal_mode')).rows
      if (mode?.journal_mode !== 'wal') await c.execute('PRAGMA journal_mode = WAL')
      return c
    }))
    opening.catch(() => this.writer === opening && (this.writer = null))
    return opening
  }

  private drop(which: 'reader' | 'writer', connection: Client) {
    this[which] = null
    closeQuietly(connection)
  }

  /**
   * Takes the write turn, then BEGIN IMMEDIATE on the writer connection, waiting (without
   * blocking the event loop) while another process writes. A refused BEGIN stays an active
   * statement in libsql and would make the later COMMIT fail: each attempt after a refusal runs
   * on a fresh connection.
   */
  private async openWrite(): Promise<WriteSession> {
    const started = Date.now()
    const deadline = started + this.settings.busyTimeoutMs
    const release = await this.lock.acquire(this.settings.busyTimeoutMs)
    try {
      for (let pause = 2; ; pause = Math.min(pause * 2, 25)) {
        const connection = await this.writerConnection()
        try {
          await connection.execute('BEGIN IMMEDIATE')
          const end = (clean: boolean) => {
            if (!clean) this.drop('writer', connection)
            release()
          }
          return { connection, end }
        } catch (error) {
          this.drop('writer', connection)
          if (!isBusy(error)) throw error
          if (Date.now() + pause > deadline)
            throw new DatabaseBusyError(Date.now() - started, error)
          await sleep(pause)
        }
      }
    } catch (error) {
      release()
      throw error
    }
  }

  async transaction(): Promise<SqliteTransaction> {
    return new SqliteTransaction(
      () => this.openWrite(),
      (stmt) => this.read(stmt),
    )
  }

  /** Statements outside a transaction: reads as they are, writes each in a short transaction. */
  async execute(stmt: InStatement | string, args?: unknown[]): Promise<ResultSet> {
    const statement = typeof stmt === 'string' ? { sql: stmt, args: (args ?? []) as never[] } : stmt
    if (isReadStatement(text(statement))) return this.read(statement)
    if (/^\s*pragma\b/i.test(text(statement))) return this.setting(statement)
    const [result] = await this.batch([statement])
    return result!
  }

  /** All or nothing, in one write transaction. */
  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const tx = await this.transaction()
    try {
      const results = await tx.batch(stmts)
      await tx.commit()
      return results
    } catch (error) {
      await tx.rollback()
      throw error
    }
  }

  async read(statement: InStatement): Promise<ResultSet> {
    const deadline = Date.now() + this.settings.busyTimeoutMs
    for (let pause = 2; ; pause = Math.min(pause * 2, 25)) {
      const opening = (this.reader ??= this.connect())
      opening.catch(() => this.reader === opening && (this.reader = null))
      const connection = await opening
      try {
        return await connection.execute(statement)
      } catch (error) {
        this.drop('reader', connection)
        if (!isBusy(error) || Date.now() + pause > deadline) throw error
        await sleep(pause)
      }
    }
  }

  /** Runs `work` on the writer connection (the turn held); replaces the connection if it fails. */
  private async onWriter<T>(work: (connection: Client) => Promise<T>): Promise<T> {
    const connection = await this.writerConnection()
    try {
      return await work(connection)
    } catch (error) {
      this.drop('writer', connection)
      throw error
    }
  }

  /** A PRAGMA that sets something: on the writer connection, outside any transaction. */
  private async setting(statement: InStatement): Promise<ResultSet> {
    const release = await this.lock.acquire(this.settings.busyTimeoutMs)
    try {
      return await this.onWriter((c) => c.execute(statement))
    } finally {
      release()
    }
  }

  /** Schema scripts (dropDatabase) and migrations, with the write turn held. */
  async executeMultiple(sql: string): Promise<void> {
    const release = await this.lock.acquire(this.settings.busyTimeoutMs)
    try {
      await this.onWriter((c) => c.executeMultiple(sql))
    } finally {
      release()
    }
  }

  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    const release = await this.lock.acquire(this.settings.busyTimeoutMs)
    try {
      return await this.onWriter((c) => c.migrate(stmts))
    } finally {
      release()
    }
  }

  async sync(): Promise<never> {
    throw new Error('sync() is for embedded replicas, which this client does not open')
  }

  close(): void {
    this.closed = true
    const open = [this.reader, this.writer]
    this.reader = this.writer = null
    for (const connection of open) void connection?.then(closeQuietly, () => {})
  }
}
