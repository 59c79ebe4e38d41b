import type { Client, InStatement, ResultSet, Transaction } from '@libsql/client'
import { isReadStatement } from './statementKind'

export interface WriteSession {
  connection: Client
  /** Hands the write turn on; `clean` false replaces the connection (a statement failed on it). */
  end: (clean: boolean) => void
}

/**
 * A transaction that takes SQLite's write lock at its first write (BEGIN IMMEDIATE on the
 * writer connection, see SqliteClient.openWrite), not when it is opened: until then its reads
 * run on the reader connection (committed data, as PostgreSQL's READ COMMITTED gives Payload).
 * So a write Payload itself makes outside the request's transaction before that one writes
 * (forgot-password reserves its rate limit that way) does not wait for it. Once begun, every
 * statement runs in it; it ends exactly once: COMMIT (if that fails: ROLLBACK, and the error goes
 * on to the caller) or ROLLBACK.
 */
export class SqliteTransaction implements Transaction {
  private session: Promise<WriteSession> | null = null
  private finished = false
  private failed = false

  constructor(
    private readonly openWrite: () => Promise<WriteSession>,
    private readonly read: (stmt: InStatement) => Promise<ResultSet>,
  ) {}

  get closed(): boolean {
    return this.finished
  }

  private check() {
    if (this.finished)
      throw Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
  }

  async execute(stmt: InStatement): Promise<ResultSet> {
    this.check()
    const sql = typeof stmt === 'string' ? stmt : stmt.sql
    if (!this.session && isReadStatement(sql)) return this.read(stmt)
    const { connection } = await (this.session ??= this.openWrite())
    try {
      return await connection.execute(stmt)
    } catch (error) {
      // libsql leaves a failed statement active: the connection is not reused after this one.
      this.failed = true
      throw error
    }
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = []
    for (const stmt of stmts) results.push(await this.execute(stmt))
    return results
  }

  async executeMultiple(sql: string): Promise<void> {
    this.check()
    await (await (this.session ??= this.openWrite())).connection.executeMultiple(sql)
  }

  async commit(): Promise<void> {
    this.check()
    this.finished = true
    if (!this.session) return
    const { connection, end } = await this.session
    try {
      await connection.execute('COMMIT')
      end(!this.failed)
    } catch (error) {
      // A failed COMMIT leaves the transaction open: undo it, so that nothing of it is kept.
      await connection.execute('ROLLBACK').catch(() => {})
      end(false)
      throw error
    }
  }

  async rollback(): Promise<void> {
    if (this.finished) return
    this.finished = true
    const session = await this.session?.catch(() => null)
    if (!session) return
    await session.connection.execute('ROLLBACK').catch(() => {})
    session.end(false)
  }

  close(): void {
    void this.rollback()
  }
}
