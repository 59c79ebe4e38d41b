import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'
import { readDeveloperConfig } from '../../config'
import { rawSql, type SqlDb } from '../../cms/db/rawSql'
import { documentFacts } from '../../cms/monitoring/facts/documentFacts'
import { incomingThisWeek, oldestWaiting } from '../../cms/monitoring/facts/incomingItems'
import { inquiryTimes } from '../../cms/monitoring/facts/inquiryTimes'
import { newsCounts } from '../../cms/monitoring/facts/newsCounts'
import { proposalCounts } from '../../cms/monitoring/facts/proposalCounts'
import { publishedHosts } from '../../cms/monitoring/facts/publishedHosts'
import { subscriberCounts } from '../../cms/monitoring/facts/subscriberCounts'
import { subtreeOrgs } from '../../cms/monitoring/subtreeOrgs'
import { visitsLast30 } from '../../cms/monitoring/visitsLast30'
import { monitoringPeriods } from '../../domain/monitoring/periods'
import { timeRepeated } from './stats'

/**
 * `db` whose statements print their plan (PostgreSQL: EXPLAIN ANALYZE with buffers; SQLite:
 * EXPLAIN QUERY PLAN) and answer no rows: BENCH_EXPLAIN's view of where a family's time goes.
 */
function explaining(db: SqlDb, label: string): SqlDb {
  const explain =
    db.dialect === 'postgres'
      ? sql.raw('EXPLAIN (ANALYZE, BUFFERS) ')
      : sql.raw('EXPLAIN QUERY PLAN ')
  return {
    ...db,
    run: async (query) => {
      const plan = await db.run(sql`${explain}${query}`)
      console.log(`  -- ${label}`)
      for (const row of plan)
        console.log(
          `    ${String(row['QUERY PLAN'] ?? `${String(row.parent)} ${String(row.id)} ${String(row.detail)}`)}`,
        )
      return []
    },
  }
}

/**
 * The p50 of each facts family's statement over the root's subtree (5 runs after 1 warm-up), so
 * the bench shows where the dashboard's time goes on each database.
 */
export async function monitoringFamilies(
  req: PayloadRequest,
  root: number,
): Promise<Record<string, number>> {
  const db = (await rawSql(req))!
  const now = new Date()
  const p = monitoringPeriods(now)
  const ids = (await subtreeOrgs(req, String(root))).map((o) => o.id)
  const families: Record<string, () => Promise<unknown>> = {
    orgs: () => subtreeOrgs(req, String(root)),
    news: () => newsCounts(db, root, now, p.weekStart),
    oldestWaiting: () => oldestWaiting(db, root, p.yearAgo, now),
    incomingThisWeek: () => incomingThisWeek(db, root, p.weekStart, now),
    proposals: () => proposalCounts(db, root, p.quarterStart),
    documents: () => documentFacts(db, root, p.reportYear),
    inquiries: () => inquiryTimes(db, root, p.yearAgo),
    subscribers: () => subscriberCounts(db, root),
    hosts: () => publishedHosts(db, root, []),
    visits: () => visitsLast30(req.payload, ids, now),
  }
  if (readDeveloperConfig().BENCH_EXPLAIN) {
    // The families hold `db`: its `run` is swapped for each, then put back.
    const plain = { ...db }
    for (const [name, run] of Object.entries(families)) {
      if (name === 'orgs' || name === 'visits') continue
      db.run = explaining(plain, name).run
      await run().catch((error: unknown) => console.log(`  -- ${name}: ${String(error)}`))
    }
    db.run = plain.run
  }
  const out: Record<string, number> = {}
  for (const [name, run] of Object.entries(families))
    out[name] = (await timeRepeated(5, 1, run)).p50
  return out
}
