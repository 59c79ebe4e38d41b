import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { backfillBodyMedia } from '../db/dataMigrations/backfillBodyMedia'

/**
 * Data only, no schema change (the snapshot beside it repeats the previous one): fills
 * `bodyMedia` for the texts saved before 20261206_200223_body_media. SQLite runs the same
 * function after connect (cms/db/dataMigrations).
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await backfillBodyMedia(payload, req)
}

/** Nothing to undo: the previous migration's down drops the column with its values. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
