import { existsSync, rmSync } from 'node:fs'
import type { Payload } from 'payload'
import type { ArchiveEnd, FileStart, Row, TableStart } from './archiveFormat'
import { ArchiveReader } from './archiveReader'
import { BackupError } from './backupError'
import { checkHeader } from './checkHeader'
import { resetSequence, suspendForeignKeys } from './postgresForeignKeys'
import { queueFullPublish } from './queueFullPublish'
import { refuseNonEmpty } from './refuseNonEmpty'
import { restoreFile } from './restoreFile'
import { SqlSession } from './sqlSession'
import { backedUpSqlTables, sqlAdapter, type SqlTable } from './sqlTables'
import { uploadDirs } from './uploadFiles'

export interface RestoreReport {
  tables: number
  rows: number
  files: number
  /** Sites marked for publishing: the workers build them. */
  sitesQueued: number
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v)

/**
 * Loads an archive of `npm run backup` into the empty database Payload runs on (SQLite or
 * PostgreSQL; its schema is already made by the migrations or the push at start), with the
 * archive's ids, in one transaction: it all arrives, or nothing does. Then every site is
 * queued for publishing.
 */
export async function restoreBackup(payload: Payload, archive: string): Promise<RestoreReport> {
  const adapter = sqlAdapter(payload)
  if (!existsSync(archive)) throw new BackupError(`There is no archive at ${archive}.`)
  const all = backedUpSqlTables(adapter)
  const tables = new Map(all.map((t) => [t.name, t]))
  const dirs = uploadDirs(payload)
  const reader = new ArchiveReader(archive)
  const written: string[] = []
  try {
    checkHeader(await reader.next(), tables)
    const base = SqlSession.of(adapter)
    await refuseNonEmpty(base, all, dirs)
    const report = await base.transaction('write', async (session) => {
      const restoreKeys =
        session.dialect === 'postgres'
          ? await suspendForeignKeys(session)
          : // SQLite checks foreign keys at COMMIT instead of at each row.
            (await session.raw('PRAGMA defer_foreign_keys = ON'), async () => {})
      const done = await readBody(
        reader,
        session,
        tables,
        new Map(dirs.map((d) => [d.collection, d.dir])),
        written,
      )
      await restoreKeys()
      if (session.dialect === 'postgres') {
        for (const t of all) if (t.serialId) await resetSequence(session, t.name)
      }
      return done
    })
    return { ...report, sitesQueued: await queueFullPublish(payload) }
  } catch (error) {
    for (const file of written) rmSync(file, { force: true })
    throw error
  } finally {
    await reader.close()
  }
}

async function readBody(
  reader: ArchiveReader,
  session: SqlSession,
  tables: Map<string, SqlTable>,
  dirs: Map<string, string>,
  written: string[],
): Promise<Omit<RestoreReport, 'sitesQueued'>> {
  const seen = { tables: 0, rows: 0, files: 0 }
  for (;;) {
    const value = await reader.next()
    if (isObject(value) && typeof value.table === 'string') {
      seen.rows += await restoreTable(reader, session, tables, value as unknown as TableStart)
      seen.tables++
    } else if (isObject(value) && typeof value.file === 'string') {
      await restoreFile(reader, dirs, value as unknown as FileStart, written)
      seen.files++
    } else if (isObject(value) && value.end === 'archive') {
      const end = value as unknown as ArchiveEnd
      if (end.tables !== seen.tables || end.rows !== seen.rows || end.files !== seen.files) {
        throw reader.damaged(
          `its last line counts ${JSON.stringify(end)}, it held ${JSON.stringify(seen)}`,
        )
      }
      return seen
    } else {
      throw reader.damaged('a line is neither a table, a file nor the end')
    }
  }
}

/** Inserts one table's rows in batches (under SQLite's and PostgreSQL's parameter limits). */
async function restoreTable(
  reader: ArchiveReader,
  session: SqlSession,
  tables: Map<string, SqlTable>,
  start: TableStart,
): Promise<number> {
  const table = tables.get(start.table)
  if (!table) throw reader.damaged(`it holds a table ${start.table} that is never backed up`)
  const keys = start.columns.map((name) => table.columns.find((c) => c.name === name)?.key)
  if (keys.some((k) => !k))
    throw reader.damaged(`the columns of ${start.table} differ from its header`)
  const batchSize = Math.min(500, Math.max(1, Math.floor(30_000 / keys.length)))
  let batch: Record<string, unknown>[] = []
  let rows = 0
  for (;;) {
    const value = await reader.next()
    if (Array.isArray(value)) {
      batch.push(Object.fromEntries((value as Row).map((v, i) => [keys[i]!, v])))
      rows++
      if (batch.length >= batchSize) {
        await session.insert(table, batch)
        batch = []
      }
    } else if (isObject(value) && value.end === start.table) {
      await session.insert(table, batch)
      if (value.rows !== rows)
        throw reader.damaged(
          `${start.table} should have ${String(value.rows)} rows, it has ${rows}`,
        )
      return rows
    } else {
      throw reader.damaged(`the rows of ${start.table} do not end`)
    }
  }
}
