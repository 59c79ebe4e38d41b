import type { DatabaseAdapterObj } from 'payload'
import { keepPoolAlive } from './keepPoolAlive'
import { runMigrations } from './runMigrations'

type Connect = NonNullable<ReturnType<DatabaseAdapterObj['init']>['connect']>

/**
 * What every PostgreSQL connect must be followed by: error listeners on the pool and its clients
 * (keepPoolAlive) and the committed migrations. They run here rather than in the config's onInit
 * because Payload skips onInit when an earlier start of the same process failed (getPayload
 * caches the failure as "already initialised"): a worker or an admin that first met a database
 * still starting up would run without its schema and die on the first dropped connection.
 * Payload itself runs production migrations at this point of connect.
 *
 * A failed connect also rejects the adapter's `initializing` promise, which nothing awaits
 * outside Next.js; left unhandled, Node ends the process that meant to wait for its database
 * (publishing/worker/bootWhenReady). The connect error itself still reaches getPayload's caller.
 */
export function postgresOnConnect(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapter.init
  return {
    ...adapter,
    init: (args) => {
      const db = init(args) as ReturnType<typeof init> & { initializing?: Promise<unknown> }
      db.initializing?.catch(() => {})
      const connect = db.connect
      if (connect) {
        db.connect = async function (this: unknown, ...options: Parameters<Connect>) {
          await connect.apply(this, options)
          keepPoolAlive(db)
          await runMigrations(args.payload)
        }
      }
      return db
    },
  }
}
