import type { PayloadRequest } from 'payload'
import { rawSql } from '../db/rawSql'
import { addCountsLocal } from './addCountsLocal'
import { PAGE_COUNTS, REFERRER_COUNTS } from './countTables'
import { upsertCounts } from './upsertCounts'
import type { VisitTally } from './visitTally'

/**
 * Adds a run's counts to the stored ones (one row per org, day and page, or org, day and
 * referring domain: the unique indexes). Runs inside the caller's transaction, with the cursor.
 * On SQLite and PostgreSQL one upsert statement per batch of rows and table (upsertCounts), not
 * a read and a write per row; on MongoDB through the Local API (addCountsLocal).
 */
export async function saveTally(req: PayloadRequest, tally: VisitTally): Promise<void> {
  const pages = [...tally.pages.values()]
  const referrers = [...tally.referrers.values()]
  const db = await rawSql(req)
  if (db) {
    await upsertCounts(db, PAGE_COUNTS, pages)
    await upsertCounts(db, REFERRER_COUNTS, referrers)
    return
  }
  await addCountsLocal(req, PAGE_COUNTS, pages)
  await addCountsLocal(req, REFERRER_COUNTS, referrers)
}
