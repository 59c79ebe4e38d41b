import { mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Payload } from 'payload'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type ArchiveEnd,
  type ArchiveHeader,
  type FileStart,
} from './archiveFormat'
import { ArchiveWriter } from './archiveWriter'
import { canonicalValue } from './canonicalValue'
import { migrationNames } from './schemaLevel'
import { SqlSession } from './sqlSession'
import { backedUpSqlTables, sqlAdapter } from './sqlTables'
import { fileChunks, fileDigest, filesUnder, uploadDirs } from './uploadFiles'

/**
 * Writes the whole platform into one archive (format: archiveFormat.ts, cms/backup/README.md).
 * The same data gives the same bytes on any SQL database: tables and files in name order, rows
 * in id order, values in canonical form, no timestamp of its own. Written beside `out` and
 * renamed at the end, so a failed backup never leaves a file that looks complete.
 */
export async function writeBackup(payload: Payload, out: string): Promise<ArchiveEnd> {
  const adapter = sqlAdapter(payload)
  const tables = backedUpSqlTables(adapter)
  mkdirSync(dirname(out), { recursive: true })
  const partial = join(dirname(out), `.${process.pid}.partial`)
  const writer = new ArchiveWriter(partial)
  const end: ArchiveEnd = { end: 'archive', tables: tables.length, rows: 0, files: 0 }
  try {
    const header: ArchiveHeader = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      schema: {
        migrations: migrationNames(),
        tables: Object.fromEntries(tables.map((t) => [t.name, t.columns.map((c) => c.name)])),
      },
    }
    await writer.line(header)
    await SqlSession.of(adapter).transaction('read', async (session) => {
      for (const t of tables) {
        await writer.line({ table: t.name, columns: t.columns.map((c) => c.name) })
        let rows = 0
        for await (const row of session.rows(t)) {
          await writer.line(t.columns.map((c) => canonicalValue(c.type, row[c.key])))
          rows++
        }
        await writer.line({ end: t.name, rows })
        end.rows += rows
      }
    })
    for (const { collection, dir } of uploadDirs(payload)) {
      for (const path of filesUnder(dir)) {
        const full = join(dir, path)
        const start: FileStart = { file: collection, path, ...(await fileDigest(full)) }
        await writer.line(start)
        for await (const chunk of fileChunks(full)) await writer.line(chunk.toString('base64'))
        end.files++
      }
    }
    await writer.line(end)
    await writer.close()
    renameSync(partial, out)
    return end
  } catch (error) {
    await writer.close().catch(() => {})
    rmSync(partial, { force: true })
    throw error
  }
}
