/**
 * The backup archive: gzip'd NDJSON, one JSON value per line (see cms/backup/README.md).
 * Lines, in this order:
 *   {"format":"union-sites-backup","version":1,"schema":{…}}        the header
 *   {"table":"organizations","columns":["id",…]}                    a table starts
 *   [1,"ФНПР",…]                                                     one row, values in column order
 *   {"end":"organizations","rows":37}                                the table ends
 *   {"file":"media","path":"a.jpg","size":1234,"sha256":"…"}        an upload starts
 *   "base64…"                                                        its bytes, 48 KiB a line
 *   {"end":"archive","tables":40,"rows":2345,"files":120}            the archive is complete
 */
export const ARCHIVE_FORMAT = 'union-sites-backup'
export const ARCHIVE_VERSION = 1
/** Raw bytes per base64 line of an upload: a multiple of 3, so each line decodes on its own. */
export const FILE_CHUNK_BYTES = 48 * 1024

export interface ArchiveSchema {
  /** The PostgreSQL migrations the release that made the archive knows (its schema level). */
  migrations: string[]
  /** Every table in the archive with its columns (SQL names). */
  tables: Record<string, string[]>
}

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT
  version: number
  schema: ArchiveSchema
}

export interface TableStart {
  table: string
  columns: string[]
}

export interface FileStart {
  /** The upload collection whose staticDir holds the file. */
  file: string
  /** Relative to that staticDir, with forward slashes. */
  path: string
  size: number
  sha256: string
}

export interface ArchiveEnd {
  end: 'archive'
  tables: number
  rows: number
  files: number
}

export type Row = unknown[]
