import type { DatabaseAdapterObj } from 'payload'
import { configValue } from '../../../config'
import { runDataMigrations } from '../dataMigrations/runDataMigrations'
import { SqliteClient, type SqliteSettings } from './sqliteClient'
import { beginTransaction, commitTransaction, rollbackTransaction } from './sqliteTransactions'

/**
 * SQLite settings, chosen for two processes writing one file (the admin, and the publishing
 * worker of `npm start`):
 * - WAL: readers never wait for the writer, nor the writer for readers;
 * - busyTimeoutMs 15 s: longer than the worker's longest write transaction (marking 10,000 hosts
 *   after a federation post, ~1 s) and any editor's save, short enough that an editor hears
 *   «База данных занята» (503) rather than a proxy timeout if the lock is ever held for good;
 * - synchronous FULL: a COMMIT returns after the WAL is on disk, so an acknowledged save
 *   survives a power cut, not only a crash of the process (NORMAL could lose the last commits);
 *   it costs ~4 ms per commit on this VM's disk, nothing an editor notices; bulk imports batch.
 */
export const SQLITE_SETTINGS: Omit<SqliteSettings, 'url'> = {
  busyTimeoutMs: configValue('SQLITE_BUSY_TIMEOUT_MS'),
  synchronous: 'FULL',
  journalSizeLimit: 64 * 1024 * 1024,
}

/**
 * Payload's SQLite adapter, with transactions (Payload's default on SQLite is none: an edit and
 * its publish record were separate writes, and a failure between them lost the record) on the
 * client of sqliteClient.ts, transaction functions that do not hide a failed COMMIT, and the
 * data migrations (dataMigrations/) run once the schema is pushed.
 */
export async function sqliteDatabaseAdapter(url: string): Promise<DatabaseAdapterObj> {
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  const base = sqliteAdapter({ client: { url }, transactionOptions: { behavior: 'immediate' } })
  return {
    ...base,
    init(args) {
      const adapter = base.init(args) as unknown as Record<string, unknown>
      // connect() keeps a client it finds (and skips its PRAGMAs, which SqliteClient applies).
      adapter.client = new SqliteClient({ url, ...SQLITE_SETTINGS })
      adapter.beginTransaction = beginTransaction
      adapter.commitTransaction = commitTransaction
      adapter.rollbackTransaction = rollbackTransaction
      // After the schema push: the data migrations PostgreSQL runs from cms/migrations.
      const connect = adapter.connect as (this: unknown, ...options: unknown[]) => Promise<void>
      adapter.connect = async function (this: unknown, ...options: unknown[]) {
        await connect.apply(this, options)
        await runDataMigrations(args.payload)
      }
      return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}
