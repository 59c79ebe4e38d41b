import type { PayloadRequest } from 'payload'
import { lockRow } from '../db/lockRow'
import type { LogCursor } from './logSegments'

/**
 * Inside the run's transaction: locks the file's cursor row (PostgreSQL FOR UPDATE, SQLite the
 * write lock) and says whether it still holds the position this run started from. Without a
 * row (a first run) the unique `file` refuses the second of two creators instead.
 */
export async function cursorUnchanged(
  req: PayloadRequest,
  id: number | string | undefined,
  started: LogCursor | null,
): Promise<boolean> {
  if (id === undefined || !started) return true
  await lockRow(req, 'visit-log-cursors', id)
  const now = await req.payload.findByID({
    collection: 'visit-log-cursors',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return Boolean(now && now.inode === started.inode && now.offset === started.offset)
}
