import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type ArchiveHeader } from './archiveFormat'
import { BackupError } from './backupError'
import { migrationNames } from './schemaLevel'
import type { SqlTable } from './sqlTables'

/**
 * The archive must be ours, of a format version this code reads, and made at a schema level
 * this database has: every table and column it holds must exist here. An archive of an older
 * release restores into a newer schema when that only added things; one from a newer release
 * is refused (restore it with that release).
 */
export function checkHeader(value: unknown, tables: Map<string, SqlTable>): ArchiveHeader {
  const header = value as Partial<ArchiveHeader> | null
  if (header?.format !== ARCHIVE_FORMAT) {
    throw new BackupError('This file is not a Union Sites backup (made by `npm run backup`).')
  }
  if (header.version !== ARCHIVE_VERSION) {
    throw new BackupError(
      `This archive has format version ${header.version}; this release reads version ${ARCHIVE_VERSION}.`,
    )
  }
  const known = new Set(migrationNames())
  const newer = (header.schema?.migrations ?? []).filter((m) => !known.has(m))
  if (newer.length > 0) {
    throw new BackupError(
      `This archive was made by a newer release (its schema has the migrations ${newer.join(', ')}). ` +
        'Restore it with that release.',
    )
  }
  const problems: string[] = []
  for (const [name, columns] of Object.entries(header.schema?.tables ?? {})) {
    const table = tables.get(name)
    if (!table) {
      problems.push(`table ${name} is missing`)
      continue
    }
    const here = new Set(table.columns.map((c) => c.name))
    const missing = columns.filter((c) => !here.has(c))
    if (missing.length > 0) problems.push(`${name} has no column ${missing.join(', ')}`)
  }
  if (problems.length > 0) {
    throw new BackupError(
      `This archive does not fit this database's schema: ${problems.join('; ')}. ` +
        'Restore it with the release that made it, then upgrade.',
    )
  }
  return header as ArchiveHeader
}
