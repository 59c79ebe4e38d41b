import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { z } from 'zod'
import { seedSnapshotHistory } from '../monitoring/snapshots/seedSnapshotHistory'

const KEY = /^[a-z0-9-]+$/

/** content/<bundle>/monitoring.json: the demo's deliberate mix for the monitoring (optional). */
export const monitoringDemoSchema = z.object({
  about: z.string(),
  fresh: z.object({
    orgs: z.array(z.string().regex(KEY)),
    daysAgo: z.array(z.number().int().min(0).max(89)),
    titles: z.array(z.string().min(1)).min(1),
  }),
  reasons: z.array(
    z.object({ org: z.string().regex(KEY), indicator: z.string(), why: z.string() }),
  ),
  history: z.object({
    improving: z.array(z.string().regex(KEY)),
    worsening: z.array(z.string().regex(KEY)),
  }),
})
export type MonitoringDemo = z.infer<typeof monitoringDemoSchema>

export function readMonitoringDemo(dir: string): MonitoringDemo | null {
  const file = join(dir, 'monitoring.json')
  if (!existsSync(file)) return null
  return monitoringDemoSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
}

/**
 * The monitoring's side of the demo (issue 18), after the bundle is imported: recent own news
 * for the healthy orgs (dated back from the first seed, since a fixed date would go stale), and
 * four past quarters of snapshots. The red orgs are red by their content (organizations.json:
 * no social page, no information officer, no report, old news only). Idempotent: a news item
 * already there is kept as it is, and a quarter with rows is never rewritten. `npm start` asks
 * for the news before publishing and for the history after it (`parts`), so that the made-up
 * quarters start from published sites.
 */
export async function importMonitoringDemo(
  payload: Payload,
  dir: string,
  namespace: string,
  now: Date = new Date(),
  parts: { news?: boolean; history?: boolean } = { news: true, history: true },
): Promise<{ posts: number; quarters: string[] }> {
  const demo = readMonitoringDemo(dir)
  if (!demo) return { posts: 0, quarters: [] }
  const orgKey = (key: string) => `${namespace}:org:${key}`
  const posts = parts.news ? await freshNews(payload, demo, namespace, now) : 0
  const quarters = parts.history
    ? await seedSnapshotHistory(
        payload,
        {
          improving: demo.history.improving.map(orgKey),
          worsening: demo.history.worsening.map(orgKey),
        },
        now,
      )
    : []
  return { posts, quarters }
}

/** The healthy orgs' recent own news, each created once (by its import key). */
async function freshNews(
  payload: Payload,
  demo: MonitoringDemo,
  namespace: string,
  now: Date,
): Promise<number> {
  let posts = 0
  for (const key of demo.fresh.orgs) {
    const { docs } = await payload.find({
      collection: 'organizations',
      where: { importKey: { equals: `${namespace}:org:${key}` } },
      depth: 0,
      limit: 1,
    })
    const org = docs[0]
    if (!org) throw new Error(`monitoring.json: unknown organization "${key}"`)
    for (const [i, days] of demo.fresh.daysAgo.entries()) {
      const importKey = `${namespace}:monitoring-post:${key}/${i}`
      const found = await payload.count({
        collection: 'posts',
        where: { importKey: { equals: importKey } },
      })
      if (found.totalDocs > 0) continue
      await payload.create({
        collection: 'posts',
        data: {
          title: demo.fresh.titles[i % demo.fresh.titles.length]!,
          organization: org.id,
          importKey,
          publishedAt: new Date(now.getTime() - (days * 24 + 3) * 3_600_000).toISOString(),
          reach: { scope: 'own' },
          _status: 'published',
        } as never,
        depth: 0,
      })
      posts += 1
    }
  }
  return posts
}
