import type { PayloadRequest } from 'payload'
import { digestDeliveryKey } from '../../domain/mailings/deliveryKey'
import type { DigestWeek } from '../../domain/mailings/digestWeek'
import { groupDigests } from '../../domain/mailings/groupDigests'
import { deliverMessage } from './deliverMessage'
import { inParallel } from './inParallel'
import { digestMailContent } from './mailingContent'
import { mailingHeaders } from './mailingHeaders'
import { MailingRun, type MailingStats } from './mailingRun'
import { loadSiteItems, type SiteItem } from './siteItems'
import { weeklySubscriberPage, type SubscriberRow } from './subscriberRows'

/** Subscription rows read per batch: about as many messages (most addresses have one site). */
export const DIGEST_BATCH = 200
/**
 * Messages of a batch handed to SMTP at once. An SMTP handoff is a handful of round trips (about
 * 150 ms even on loopback: the exchange is latency, not work), so one at a time caps a sender at
 * a few messages a second; the per-network rate limit still applies to every one.
 */
export const IN_FLIGHT = 32

export interface DigestOptions {
  batch?: number
  /** Called after each batch (the bench's progress, a test's kill point). */
  onBatch?: (stats: MailingStats) => void
}

/**
 * «weekly»: one digest per address for `week`, a section per subscribed site with what that site
 * showed that week, pinned and mandatory first. Runs through the confirmed weekly subscriptions
 * by address, a batch at a time: keys the log holds already are skipped before anything is
 * loaded or rendered (a resumed run passes over the sent part in a few queries), the sites'
 * items are read once per run for a batch of sites together, messages alike but for the tokens
 * are rendered once (renderPersonal.ts).
 */
export async function sendDigests(
  req: PayloadRequest,
  week: DigestWeek,
  options: DigestOptions = {},
  run?: MailingRun,
): Promise<MailingStats> {
  const mailing = run ?? (await MailingRun.open(req.payload))
  const itemsBySite = new Map<string, SiteItem[]>()
  let after: string | null = null
  for (;;) {
    const page = await weeklySubscriberPage(req.payload, after, options.batch ?? DIGEST_BATCH)
    after = page.last
    const taken = await mailing.log.taken(
      [...new Set(page.rows.map((r) => r.email))].map((e) => digestDeliveryKey(e, week.key)),
    )
    const rows = page.rows.filter((r) => !taken.has(digestDeliveryKey(r.email, week.key)))
    mailing.stats.skipped += page.rows.length - rows.length
    await sendBatch(req, mailing, week, rows, itemsBySite)
    options.onBatch?.(mailing.stats)
    if (page.done) return mailing.stats
  }
}

async function sendBatch(
  req: PayloadRequest,
  mailing: MailingRun,
  week: DigestWeek,
  rows: readonly SubscriberRow[],
  itemsBySite: Map<string, SiteItem[]>,
) {
  const orgs = [...new Set(rows.map((r) => r.org))]
  const missing = orgs.filter((o) => !itemsBySite.has(o))
  if (missing.length)
    for (const [org, items] of await loadSiteItems(req, missing, week)) itemsBySite.set(org, items)
  const sites = await mailing.sitesOf(orgs)
  const rowOf = new Map(rows.map((r) => [`${r.email} ${r.org}`, r]))
  const digests = groupDigests(
    rows.filter((r) => sites.has(r.org)),
    (org) => itemsBySite.get(org),
  )
  await inParallel(digests, IN_FLIGHT, async (digest) => {
    if (mailing.bounced.has(digest.email)) return
    const subscribed = digest.sections.map((s) => ({
      site: sites.get(s.org)!,
      items: s.items,
      row: rowOf.get(`${digest.email} ${s.org}`)!,
    }))
    const mail = await mailing.renderer.render(
      `digest:${digest.sections.map((s) => s.org).join(',')}`,
      () =>
        digestMailContent(
          subscribed.map((s, i) => ({ ...s, links: mailing.links(s.site, i) })),
          week,
          mailing.originName,
        ),
      subscribed.map((s) => mailing.token(s.row)),
    )
    const first = subscribed[0]!
    const links = mailing.links(first.site, first.row)
    const outcome = await deliverMessage(req.payload, mailing.log, mailing.limiter, {
      key: digestDeliveryKey(digest.email, week.key),
      to: digest.email,
      network: first.site.network,
      mail,
      envelope: mailingHeaders(
        first.site,
        subscribed.length > 1 ? links.unsubscribeDigest : links.unsubscribe,
      ),
    })
    mailing.count(outcome, digest.email)
  })
}
