import type { Payload } from 'payload'
import { databaseKind } from './databaseKind'
import { databaseUri } from './databaseUri'

/**
 * PostgreSQL never uses dev schema push here: every start applies the committed migrations,
 * so development, tests and production run the same schema (and a forgotten migration fails CI).
 */
export async function runMigrations(payload: Payload): Promise<void> {
  if (databaseKind(databaseUri()) !== 'postgres') return
  const { migrations } = await import('../migrations')
  // The base adapter type declares `up(args: unknown)`; the postgres adapter passes its own args.
  await payload.db.migrate({ migrations: migrations as never })
}
