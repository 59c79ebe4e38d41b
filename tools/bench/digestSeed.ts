import type { Payload } from 'payload'
import { newTokenSeed, subscriberToken, tokenHashOf } from '../../cms/subscriptions/subscriberToken'
import type { DigestWeek } from '../../domain/mailings/digestWeek'
import { ORG_KINDS } from '../../domain/org/orgKinds'
import { SUBTREE_DEPTH } from '../../domain/syndication/reach'
import { insertOwned } from './bulkInsert'
import { buildSyntheticNetwork } from './syntheticNetwork'

interface Drizzle {
  drizzle: { insert(table: unknown): { values(rows: unknown[]): Promise<unknown> } }
  tables: Record<string, unknown>
}

const seconds = (t: number) => (performance.now() - t) / 1000

/**
 * The digest bench's data, in its own process (the sender is measured in a fresh one, digestBench.ts):
 * a synthetic federation of `orgs`, the week's items (every ППО one of its own, the federation 12
 * for everyone), and `subscribers` confirmed weekly subscriptions over the ППО, a tenth of the
 * addresses on two sites. Subscriptions go straight into the adapter's table, 500 at a time.
 */
export async function digestSeed(
  payload: Payload,
  week: DigestWeek,
  { orgs, posts, subscribers }: { orgs: number; posts: number; subscribers: number },
) {
  const t0 = performance.now()
  const network = await buildSyntheticNetwork(payload, { orgs, posts: Math.max(posts / 10, 100) })
  let t = performance.now()
  const span = week.to.getTime() - week.from.getTime() - 60_000
  const rows = network.primaryOrgs.map((org, i) => weekPost(org, i, week.from, span, 0))
  for (let i = 0; i < 12; i++)
    rows.push(weekPost(network.federation, rows.length, week.from, span, SUBTREE_DEPTH))
  await insertOwned(payload, 'posts', rows, network.lineage)
  console.log(`  ${rows.length} posts of the week inserted in ${seconds(t).toFixed(1)} s`)

  t = performance.now()
  const db = payload.db as unknown as Drizzle
  const sites = network.primaryOrgs
  const now = new Date().toISOString()
  for (let from = 0; from < subscribers; from += 500) {
    const chunk = []
    for (let i = from; i < Math.min(subscribers, from + 500); i++) {
      const tokenSeed = newTokenSeed()
      // Every tenth address is on a second site too (one digest, two sections).
      const address = i % 10 === 9 ? i - 1 : i
      chunk.push({
        email: `reader${String(address).padStart(6, '0')}@bench.test`,
        organization: Number(sites[(i * 7919) % sites.length]),
        mode: 'weekly',
        status: 'confirmed',
        tokenSeed,
        tokenHash: tokenHashOf(subscriberToken(payload, { tokenSeed })),
        consentAt: now,
        confirmedAt: now,
        updatedAt: now,
        createdAt: now,
      })
    }
    await db.drizzle.insert(db.tables.subscribers).values(chunk)
  }
  console.log(`  ${subscribers} subscriptions inserted in ${seconds(t).toFixed(1)} s`)
  const rssMb = process.resourceUsage().maxRSS / 1024
  console.log(
    `  seeding took ${seconds(t0).toFixed(1)} s, peak RSS of the seeding process ${rssMb.toFixed(0)} MB`,
  )
  return { seed: { seconds: seconds(t0), peakRssMb: rssMb, sites: sites.length } }
}

function weekPost(org: string | number, i: number, from: Date, span: number, reachDepth: number) {
  const at = new Date(from.getTime() + ((i * 104729) % span)).toISOString()
  return {
    title: `Новость недели ${i}`,
    slug: `nedelya-${i}`,
    lead: `Анонс новости недели ${i}: что произошло и что это значит для членов профсоюза.`,
    organization: Number(org),
    publishedAt: at,
    _status: 'published',
    reachDepth,
    ...Object.fromEntries(ORG_KINDS.map((kind) => [`receivers_${kind}`, true])),
    mandatory: false,
    updatedAt: at,
    createdAt: at,
  }
}
