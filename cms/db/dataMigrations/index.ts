import type { Payload, PayloadRequest } from 'payload'
import { backfillBodyMedia } from './backfillBodyMedia'
import { backfillFoldedSearch } from './backfillFoldedSearch'

export interface DataMigration {
  name: string
  up(payload: Payload, req?: PayloadRequest): Promise<unknown>
}

/**
 * Changes of stored data (not of the schema) that every database needs once. PostgreSQL runs
 * each from a committed migration of the same name (cms/migrations); SQLite, whose schema is
 * pushed rather than migrated, runs them after connect (runDataMigrations) and records them in
 * the same `payload-migrations` collection, so each runs once per database either way.
 */
export const DATA_MIGRATIONS: readonly DataMigration[] = [
  { name: '20261206_210000_body_media_backfill', up: backfillBodyMedia },
  { name: '20261207_075700_folded_search_backfill', up: backfillFoldedSearch },
]
