import { sql } from 'drizzle-orm'
import type { PayloadRequest, Where } from 'payload'
import { firstDayOf, moscowDay } from '../../domain/visits/moscowDay'
import { rawSql, sqlNumber, type SqlRow } from '../db/rawSql'

export interface VisitStats {
  from: string
  to: string
  /** Every day of the period, oldest first, zeros included (a chart has no gaps). */
  days: { day: string; views: number; visits: number }[]
  totals: { views: number; visits: number }
  /** The most viewed pages of the period. */
  pages: { path: string; views: number; visits: number }[]
  /** The sites visitors came from (domains only). */
  referrers: { domain: string; visits: number }[]
  /** The daily chart as SVG text, drawn on the server (visitsChart); added by the endpoint. */
  chart?: string
}

const TOP = 20

/** Groups rows by `key` summing the numeric fields, for databases without SQL (MongoDB). */
function groupBy(rows: SqlRow[], key: string, sums: string[]): SqlRow[] {
  const groups = new Map<string, SqlRow>()
  for (const row of rows) {
    const k = String(row[key])
    const group = groups.get(k) ?? { [key]: k, ...Object.fromEntries(sums.map((s) => [s, 0])) }
    for (const s of sums) group[s] = sqlNumber(group[s]) + sqlNumber(row[s])
    groups.set(k, group)
  }
  return [...groups.values()]
}

/**
 * An org's visit figures over the last `period` Moscow days: three grouped queries (per day, per
 * page, per referring domain) on the (org, day, …) indexes. Access is the caller's to check.
 */
export async function visitStats(
  req: PayloadRequest,
  orgId: string | number,
  period: number,
  now: Date = new Date(),
): Promise<VisitStats> {
  const from = firstDayOf(period, now)
  const to = moscowDay(now)
  const db = await rawSql(req)
  let daily: SqlRow[]
  let pages: SqlRow[]
  let referrers: SqlRow[]
  if (db) {
    const org = Number(orgId)
    daily = await db.run(sql`SELECT day, SUM(views) AS views, SUM(visits) AS visits
      FROM site_visits WHERE org_id = ${org} AND day >= ${from} GROUP BY day`)
    pages = await db.run(sql`SELECT path, SUM(views) AS views, SUM(visits) AS visits
      FROM site_visits WHERE org_id = ${org} AND day >= ${from}
      GROUP BY path ORDER BY SUM(views) DESC, path LIMIT ${TOP}`)
    referrers = await db.run(sql`SELECT domain, SUM(visits) AS visits
      FROM site_referrers WHERE org_id = ${org} AND day >= ${from}
      GROUP BY domain ORDER BY SUM(visits) DESC, domain LIMIT ${TOP}`)
  } else {
    const where: Where = {
      and: [{ org: { equals: orgId } }, { day: { greater_than_equal: from } }],
    }
    const all = { where, depth: 0, limit: 0, pagination: false, overrideAccess: true, req } as const
    const rows = (await req.payload.find({ collection: 'site-visits', ...all })).docs
    const refs = (await req.payload.find({ collection: 'site-referrers', ...all })).docs
    daily = groupBy(rows as unknown as SqlRow[], 'day', ['views', 'visits'])
    pages = groupBy(rows as unknown as SqlRow[], 'path', ['views', 'visits'])
      .sort((a, b) => sqlNumber(b.views) - sqlNumber(a.views))
      .slice(0, TOP)
    referrers = groupBy(refs as unknown as SqlRow[], 'domain', ['visits'])
      .sort((a, b) => sqlNumber(b.visits) - sqlNumber(a.visits))
      .slice(0, TOP)
  }
  const byDay = new Map(daily.map((r) => [String(r.day), r]))
  const days: VisitStats['days'] = []
  for (let i = period - 1; i >= 0; i--) {
    const day = moscowDay(new Date(now.getTime() - i * 86_400_000))
    const row = byDay.get(day)
    days.push({ day, views: sqlNumber(row?.views), visits: sqlNumber(row?.visits) })
  }
  return {
    from,
    to,
    days,
    totals: {
      views: days.reduce((n, d) => n + d.views, 0),
      visits: days.reduce((n, d) => n + d.visits, 0),
    },
    pages: pages.map((r) => ({
      path: String(r.path),
      views: sqlNumber(r.views),
      visits: sqlNumber(r.visits),
    })),
    referrers: referrers.map((r) => ({ domain: String(r.domain), visits: sqlNumber(r.visits) })),
  }
}
