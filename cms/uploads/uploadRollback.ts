import { randomUUID } from 'node:crypto'
import { copyFile, link, mkdir, rename, rm, unlink } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { PayloadRequest } from 'payload'
import { dataDir } from '../../config/paths'

/**
 * What one upload operation did to its collection's folder, so a failure can undo it.
 *
 * Payload writes the new file before it saves the document, and on an update it deletes the old
 * files before it even validates the other fields: a refused edit left a stray new file and a
 * document whose file was gone. SQLite runs without transactions, so nothing can ride on the
 * database's rollback; instead the old files are hard-linked aside before Payload deletes them,
 * the new names are noted before Payload writes them, and the request's error undoes both.
 */
interface Pending {
  slug: string
  staticDir: string
  /** Names Payload is about to write (the file and its image sizes). */
  written: string[]
  /** Where the old files are linked while an update is under way. */
  backupDir?: string
  backedUp: string[]
}

const pendingByRequest = new WeakMap<PayloadRequest, Pending[]>()

const entryFor = (req: PayloadRequest, slug: string): Pending | undefined =>
  pendingByRequest.get(req)?.find((p) => p.slug === slug)

/** Outside `uploads/`: `/media/` serves that folder on every site. */
const backupsRoot = () => resolve(dataDir(), 'upload-backups')

/** Starts tracking an upload; `oldNames` are the files an update replaces (kept until success). */
export async function beginUpload(
  req: PayloadRequest,
  slug: string,
  staticDir: string,
  oldNames: string[],
): Promise<void> {
  const entry: Pending = { slug, staticDir, written: [], backedUp: [] }
  pendingByRequest.set(req, [...(pendingByRequest.get(req) ?? []), entry])
  if (oldNames.length === 0) return
  entry.backupDir = resolve(backupsRoot(), randomUUID())
  await mkdir(entry.backupDir, { recursive: true })
  for (const name of oldNames) {
    const from = resolve(staticDir, name)
    const to = resolve(entry.backupDir, name)
    // A hard link costs nothing and survives Payload's unlink of the original; a copy when the
    // data folder spans file systems. A missing old file is simply not restored.
    const kept = await link(from, to)
      .catch(() => copyFile(from, to))
      .then(
        () => true,
        () => false,
      )
    if (kept) entry.backedUp.push(name)
  }
}

/** Notes the names Payload chose for the new files, before it writes them. */
export function noteWritten(req: PayloadRequest, slug: string, names: string[]): void {
  const entry = entryFor(req, slug)
  if (entry) entry.written.push(...names)
}

const forget = (req: PayloadRequest, slug: string) => {
  const left = (pendingByRequest.get(req) ?? []).filter((p) => p.slug !== slug)
  if (left.length) pendingByRequest.set(req, left)
  else pendingByRequest.delete(req)
}

/** The operation succeeded: the old files really go. */
export async function commitUpload(req: PayloadRequest, slug: string): Promise<void> {
  const entry = entryFor(req, slug)
  forget(req, slug)
  if (entry?.backupDir) await rm(entry.backupDir, { recursive: true, force: true })
}

/**
 * The operation failed. If its document was saved all the same (SQLite has no transaction to
 * undo an error in a later hook), the new files are the document's and stay; otherwise what it
 * wrote goes and the old files come back. The same check keeps a name that a concurrent upload
 * took and saved in the meantime.
 */
export async function rollBackUpload(
  req: PayloadRequest,
  slug: string,
  isReferenced: (filename: string) => Promise<boolean>,
): Promise<void> {
  const entry = entryFor(req, slug)
  if (!entry) return
  const main = entry.written[0]
  if (main && (await isReferenced(main))) return commitUpload(req, slug)
  forget(req, slug)
  for (const name of entry.written) {
    await unlink(resolve(entry.staticDir, name)).catch(() => undefined)
  }
  if (!entry.backupDir) return
  for (const name of entry.backedUp) {
    // Best effort: the request is already failing, and its answer must stay the real error.
    await rename(resolve(entry.backupDir, name), resolve(entry.staticDir, name)).catch(
      (error: unknown) => req.payload.logger.error({ err: error, msg: `Upload rollback: ${name}` }),
    )
  }
  await rm(entry.backupDir, { recursive: true, force: true })
}
