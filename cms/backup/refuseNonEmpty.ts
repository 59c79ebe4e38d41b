import { BackupError } from './backupError'
import type { SqlSession } from './sqlSession'
import type { SqlTable } from './sqlTables'
import { filesUnder } from './uploadFiles'

/**
 * Restore writes the archive's ids as they are: into a database that already holds anything
 * they would clash with it, or silently mix two platforms. So it only loads into an empty one.
 */
export async function refuseNonEmpty(
  session: SqlSession,
  tables: SqlTable[],
  dirs: { collection: string; dir: string }[],
): Promise<void> {
  const filled: string[] = []
  for (const t of tables) {
    const n = await session.count(t)
    if (n > 0) filled.push(`${t.name} (${n} rows)`)
  }
  if (filled.length > 0) {
    throw new BackupError(
      `The target database is not empty: ${filled.slice(0, 5).join(', ')}` +
        `${filled.length > 5 ? ` and ${filled.length - 5} more tables` : ''}. ` +
        'Restore only into an empty database: create a new PostgreSQL database or point ' +
        'DATABASE_URI at a new SQLite file.',
    )
  }
  for (const { collection, dir } of dirs) {
    if (filesUnder(dir).length > 0) {
      throw new BackupError(
        `The upload folder of ${collection} (${dir}) is not empty. Restore into a new DATA_DIR.`,
      )
    }
  }
}
