import { asc, inArray } from 'drizzle-orm'
import type { HostMark, StoredChange } from '../../../../domain/publishing/queueTypes'
import { decodeChange } from '../changeRows'
import { markHosts } from './markHosts'
import type { Db, SqlTables } from './sqlTables'

type Expand = (changes: StoredChange[]) => Promise<{ marks: HostMark[]; reason: string }>

/** Rolls back a SQLite take whose changes another worker took first. */
const TAKEN_ELSEWHERE = Symbol('taken elsewhere')

/**
 * Takes up to `limit` recorded changes, expands them and marks their hosts, deleting the changes
 * in the same transaction: each change is expanded into marks exactly once, or stays recorded.
 * Returns how many changes were taken.
 */
export function takeChanges(tables: SqlTables, limit: number, expand: Expand): Promise<number> {
  return tables.postgres
    ? takeChangesPostgres(tables, limit, expand)
    : takeChangesSqlite(tables, limit, expand)
}

/**
 * PostgreSQL: the picked rows stay locked (SKIP LOCKED for other workers) while they are
 * expanded; editors append new rows meanwhile, which nothing here blocks.
 */
function takeChangesPostgres(
  { db, builds, changes: c }: SqlTables,
  limit: number,
  expand: Expand,
): Promise<number> {
  return db.transaction(async (tx: Db) => {
    const pick = tx
      .select({ id: c.id })
      .from(c)
      .orderBy(asc(c.id))
      .limit(limit)
      .for('update', { skipLocked: true })
    const rows: Record<string, unknown>[] = await tx
      .delete(c)
      .where(inArray(c.id, pick))
      .returning()
    if (rows.length === 0) return 0
    const { marks, reason } = await expand(rows.map(decodeChange))
    if (marks.length > 0) await markHosts(tx, builds, marks, reason)
    return rows.length
  })
}

/**
 * SQLite has one write lock for the whole file: a transaction open while the changes are
 * expanded (reads that take seconds at 10,000 orgs) would keep every editor waiting. So the
 * changes are read and expanded first, and only the delete and the marks are one short write
 * transaction. If another worker took some of them meanwhile, that transaction is undone and
 * the round starts again: each change is still expanded into marks exactly once.
 */
async function takeChangesSqlite(
  { db, builds, changes: c }: SqlTables,
  limit: number,
  expand: Expand,
): Promise<number> {
  for (;;) {
    const rows: Record<string, unknown>[] = await db
      .select()
      .from(c)
      .orderBy(asc(c.id))
      .limit(limit)
    if (rows.length === 0) return 0
    const { marks, reason } = await expand(rows.map(decodeChange))
    const ids = rows.map((r) => r.id)
    const taken = await db
      .transaction(async (tx: Db) => {
        const deleted: unknown[] = await tx
          .delete(c)
          .where(inArray(c.id, ids))
          .returning({ id: c.id })
        if (deleted.length !== ids.length) throw TAKEN_ELSEWHERE
        if (marks.length > 0) await markHosts(tx, builds, marks, reason)
        return deleted.length
      })
      .catch((error: unknown) => {
        if (error === TAKEN_ELSEWHERE) return 0
        throw error
      })
    if (taken > 0) return taken
  }
}
