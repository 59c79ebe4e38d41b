import { sql } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'
import { firstDayOf } from '../../domain/visits/moscowDay'
import { rawSql, sqlNumber } from '../db/rawSql'

/**
 * Visits of each org's site in the last 30 Moscow days (today included), for the monitoring's
 * visits30: one grouped query over site-visits' (org, day, path) index, whatever the number of
 * orgs. An org without counted visits is absent from the map (the caller reads it as 0 or «нет
 * данных»). MongoDB has no SQL: there a Local API pass sums the rows.
 */
export async function visitsLast30(
  payload: Payload,
  orgIds: readonly (string | number)[],
  now: Date = new Date(),
): Promise<Map<string, number>> {
  const totals = new Map<string, number>()
  if (orgIds.length === 0) return totals
  const since = firstDayOf(30, now)
  const db = await rawSql({ payload } as PayloadRequest)
  if (db) {
    // Whole numbers only, written into the text: a federation's tens of thousands of ids would exceed SQLite's
    // and PostgreSQL's limits on bound parameters.
    const ids = orgIds.map((id) => Number(id)).filter(Number.isSafeInteger)
    if (ids.length === 0) return totals
    const rows = await db.run(
      sql`SELECT org_id AS org, SUM(visits) AS visits FROM site_visits
          WHERE org_id IN (${sql.raw(ids.join(','))}) AND day >= ${since}
          GROUP BY org_id`,
    )
    for (const row of rows) totals.set(String(row.org), sqlNumber(row.visits))
    return totals
  }
  const { docs } = await payload.find({
    collection: 'site-visits',
    where: { and: [{ org: { in: [...orgIds] } }, { day: { greater_than_equal: since } }] },
    select: { org: true, visits: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const doc of docs) {
    const org = String(doc.org)
    totals.set(org, (totals.get(org) ?? 0) + doc.visits)
  }
  return totals
}
