import { randomUUID } from 'node:crypto'
import { DatabaseBusyError, isBusy } from './databaseBusy'

interface Session {
  db: unknown
  resolve: () => Promise<void>
  reject: () => Promise<void>
}
interface Adapter {
  initializing: Promise<void>
  drizzle: { transaction(run: (tx: unknown) => Promise<void>): Promise<void> }
  sessions: Record<string, Session | undefined>
}

/** Thrown into drizzle's transaction callback to make it roll back. */
const ROLLBACK = Symbol('rollback')

/**
 * Payload's transaction functions for SQLite. Payload's own (in @payloadcms/drizzle) swallow the
 * error of the COMMIT: a write whose COMMIT failed answered 2xx and was gone. Here commit()
 * throws when the transaction did not commit (503 if the database was busy), so the operation
 * fails, its caller is told, and nothing of it is kept.
 */
export async function beginTransaction(this: Adapter): Promise<string> {
  await this.initializing
  let finish!: (commit: boolean) => void
  let started!: (tx: unknown) => void
  let failed!: (error: unknown) => void
  const ready = new Promise<unknown>((resolve, reject) => {
    started = resolve
    failed = reject
  })
  const done = this.drizzle.transaction(async (tx) => {
    started(tx)
    if (!(await new Promise<boolean>((resolve) => (finish = resolve)))) throw ROLLBACK
  })
  // Until the callback runs, a failure is BEGIN's (e.g. the busy timeout: DatabaseBusyError).
  done.catch(failed)
  const db = await ready
  const id = randomUUID()
  this.sessions[id] = {
    db,
    resolve: async () => {
      finish(true)
      await done
    },
    reject: async () => {
      finish(false)
      await done.catch((error: unknown) => {
        if (error !== ROLLBACK) throw error
      })
    },
  }
  return id
}

async function take(adapter: Adapter, incoming: string | number | Promise<string | number | null>) {
  const id = String(incoming instanceof Promise ? await incoming : incoming)
  const session = adapter.sessions[id]
  delete adapter.sessions[id]
  return session
}

export async function commitTransaction(
  this: Adapter,
  incoming: string | number | Promise<string | number | null>,
): Promise<void> {
  const session = await take(this, incoming)
  if (!session) return
  try {
    await session.resolve()
  } catch (error) {
    throw isBusy(error) && !(error instanceof DatabaseBusyError)
      ? new DatabaseBusyError(0, error)
      : error
  }
}

export async function rollbackTransaction(
  this: Adapter,
  incoming: string | number | Promise<string | number | null>,
): Promise<void> {
  await (await take(this, incoming))?.reject()
}
