import { getTableColumns, getTableName, type Table } from 'drizzle-orm'
import type { Payload } from 'payload'
import { BackupError } from './backupError'
import { isBackedUp } from './backedUpTables'

export interface SqlColumn {
  /** The SQL name, as written in the archive. */
  name: string
  /** drizzle's property name on the table object (rows are read and written by it). */
  key: string
  /** drizzle's column type, e.g. PgTimestampString, SQLiteBoolean: decides the canonical form. */
  type: string
}

export interface SqlTable {
  name: string
  table: Table
  columns: SqlColumn[]
  /** Columns giving the rows one order on every database (an integer id, else parent and order). */
  orderBy: SqlColumn[]
  /** True when `id` is an integer the database numbers (PostgreSQL's sequence must follow it). */
  serialId: boolean
}

export interface SqlAdapter {
  name: 'sqlite' | 'postgres'
  tables: Record<string, Table>
  /** drizzle's database: its API is the same on both dialects for what this module uses. */
  drizzle: unknown
}

/** The SQL adapter Payload runs on; MongoDB is refused with what to use instead. */
export function sqlAdapter(payload: Payload): SqlAdapter {
  const db = payload.db as unknown as SqlAdapter & { name: string }
  if (db.name === 'sqlite' || db.name === 'postgres') return db
  throw new BackupError(
    'Backup and restore work on SQLite and PostgreSQL. On MongoDB use mongodump and mongorestore, ' +
      'which keep its ObjectIds (an archive from a SQL database has integer ids MongoDB cannot take).',
  )
}

function describe(name: string, table: Table): SqlTable {
  const columns = Object.entries(getTableColumns(table)).map(([key, c]) => ({
    name: c.name,
    key,
    type: c.columnType,
  }))
  const byName = (n: string) => columns.find((c) => c.name === n)
  const id = byName('id')
  const integerId = !!id && /Integer|Serial/.test(id.type)
  const parentOrder = [byName('_parent_id'), byName('_order')]
  const orderBy = integerId
    ? [id]
    : parentOrder.every(Boolean)
      ? (parentOrder as SqlColumn[])
      : columns
  return { name, table, columns, orderBy, serialId: integerId }
}

/** Every backed-up table of the adapter, sorted by name (the archive's order). */
export function backedUpSqlTables(adapter: SqlAdapter): SqlTable[] {
  return Object.values(adapter.tables)
    .map((table) => describe(getTableName(table), table))
    .filter((t) => isBackedUp(t.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
