import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { backfillFoldedSearch } from '../db/dataMigrations/backfillFoldedSearch'

/**
 * Data only, no schema change (the snapshot beside it repeats the previous one): fills the
 * folded search copies of the texts saved before 20261207_075651_folded_search. SQLite runs the
 * same function after connect (cms/db/dataMigrations).
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await backfillFoldedSearch(payload, req)
}

/** Nothing to undo: the previous migration's down drops the columns with their values. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
