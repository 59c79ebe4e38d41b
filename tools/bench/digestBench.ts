import type { AddressInfo } from 'node:net'
import { createLocalReq, type Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { sendDigests } from '../../cms/mailings/sendDigests'
import { MailingRun } from '../../cms/mailings/mailingRun'
import { NetworkLimiter } from '../../cms/mailings/networkLimiter'
import { newTokenSeed, subscriberToken, tokenHashOf } from '../../cms/subscriptions/subscriberToken'
import { weekOf } from '../../domain/mailings/digestWeek'
import { ORG_KINDS } from '../../domain/org/orgKinds'
import { SUBTREE_DEPTH } from '../../domain/syndication/reach'
import { insertOwned } from './bulkInsert'
import { buildSyntheticNetwork } from './syntheticNetwork'

interface Drizzle {
  drizzle: { insert(table: unknown): { values(rows: unknown[]): Promise<unknown> } }
  tables: Record<string, unknown>
}

const seconds = (t: number) => (performance.now() - t) / 1000

/** An SMTP sink on 127.0.0.1 that accepts and counts every message and keeps none. */
async function startSink() {
  let messages = 0
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    // The sink answers at once: no reverse lookup of 127.0.0.1 per connection.
    disableReverseLookup: true,
    onData: (stream, _session, callback) => {
      stream.on('end', () => {
        messages++
        callback()
      })
      stream.resume()
    },
  })
  const port = await new Promise<number>((resolve) => {
    const l = server.listen(0, '127.0.0.1', () => resolve((l.address() as AddressInfo).port))
  })
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => messages,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

/**
 * The weekly digest at scale: `subscribers` weekly subscriptions (a tenth of the addresses on two
 * sites) over the ППО of a synthetic federation of `orgs`, each site with its own items of the
 * week and the federation's, rendered and handed to a local SMTP sink. Reports messages/s, peak
 * RSS and total time. The per-network rate limit is lifted: this measures the pipeline.
 */
export async function digestBench(
  payload: Payload,
  { orgs, posts, subscribers }: { orgs: number; posts: number; subscribers: number },
) {
  const network = await buildSyntheticNetwork(payload, { orgs, posts: Math.max(posts / 10, 100) })
  const week = weekOf(new Date())
  let t = performance.now()
  // The week's items: every ППО one of its own, the federation and unions a few for everyone.
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

  const sink = await startSink()
  process.env.SMTP_URL = sink.url
  process.env.EMAIL_FROM = 'Union Sites <no-reply@bench.test>'
  const req = await createLocalReq({}, payload)
  const run = await MailingRun.open(payload, { limiter: new NetworkLimiter(1_000_000) })
  t = performance.now()
  let last = performance.now()
  let peakSending = process.memoryUsage().rss
  console.log(`  RSS before sending ${(peakSending / 2 ** 20).toFixed(0)} MB`)
  const stats = await sendDigests(
    req,
    week,
    {
      onBatch: (s) => {
        peakSending = Math.max(peakSending, process.memoryUsage().rss)
        if (performance.now() - last < 10_000) return
        last = performance.now()
        console.log(
          `  … ${s.sent} sent in ${seconds(t).toFixed(0)} s, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
        )
      },
    },
    run,
  )
  const total = seconds(t)
  const received = sink.count()
  await sink.close()
  const rssMb = process.resourceUsage().maxRSS / 1024
  console.log(
    `  ${stats.sent} digests (${received} received by the sink) in ${total.toFixed(1)} s: ${(stats.sent / total).toFixed(0)} messages/s, peak RSS ${rssMb.toFixed(0)} MB`,
  )
  return {
    digest: {
      sent: stats.sent,
      received,
      seconds: total,
      perSecond: stats.sent / total,
      peakRssMb: rssMb,
    },
  }
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
