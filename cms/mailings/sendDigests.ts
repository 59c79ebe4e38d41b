import type { PayloadRequest } from 'payload'
import { digestDeliveryKey } from '../../domain/mailings/deliveryKey'
import type { DigestWeek } from '../../domain/mailings/digestWeek'
import { groupDigests } from '../../domain/mailings/groupDigests'
import { deliverMessage } from './deliverMessage'
import { inParallel } from './inParallel'
import { digestMailContent } from './mailingContent'
import { mailingHeaders } from './mailingHeaders'
import { MailingRun, type MailingStats } from './mailingRun'
import { PersonalRenderer } from './renderPersonal'
import { SiteItemsCache } from './siteItemsCache'
import { weeklyRowsOfAddresses, weeklyRowsOfSites, type SubscriberRow } from './subscriberRows'

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

/** Sites whose subscriptions are read together (and their items loaded together). */
export const SITES_PER_PAGE = 50
/**
 * Rendered digests kept (PersonalRenderer): going site by site, a site's digest is wanted while
 * its batch of sites is sent, never again; an address on two sites has its own. Twice a batch of
 * sites covers both. Keeping 2,000 (some 80 KB each) grew the sender's live heap by 120 MB over
 * its first 8,000 messages, for nothing.
 */
export const DIGESTS_KEPT = 2 * SITES_PER_PAGE

/**
 * «weekly»: one digest per address for `week`, a section per subscribed site with what that site
 * showed that week, pinned and mandatory first. Runs site by site (a batch of sites, their
 * confirmed weekly subscriptions a batch at a time): an address goes out from its first site in
 * the run's order, with its other subscriptions read with it, so a site's items and its rendered
 * digest are wanted together and then dropped (SiteItemsCache, PersonalRenderer) instead of
 * every site's being kept for the whole run. Keys the log holds already are skipped before
 * anything is loaded or rendered (a resumed run passes over the sent part in a few queries);
 * messages alike but for the tokens are rendered once (renderPersonal.ts).
 */
export async function sendDigests(
  req: PayloadRequest,
  week: DigestWeek,
  options: DigestOptions = {},
  run?: MailingRun,
): Promise<MailingStats> {
  const mailing = run ?? (await MailingRun.open(req.payload))
  const order = [...mailing.directory.orgs.keys()]
  const position = new Map(order.map((org, i) => [org, i]))
  const items = new SiteItemsCache(req, week)
  const renderer = new PersonalRenderer(DIGESTS_KEPT)
  for (let from = 0; from < order.length; from += SITES_PER_PAGE) {
    const sites = order.slice(from, from + SITES_PER_PAGE)
    let after: SubscriberRow['id'] | null = null
    for (;;) {
      const page = await weeklyRowsOfSites(req.payload, sites, after, options.batch ?? DIGEST_BATCH)
      after = page.last
      if (page.rows.length) {
        const rows = await addressesFrom(req, mailing, week, page.rows, position)
        await sendBatch(req, mailing, week, rows, { items, renderer })
        options.onBatch?.(mailing.stats)
      }
      if (page.done) break
    }
  }
  return mailing.stats
}

/**
 * Of a page of subscriptions, the addresses whose first site (in the run's order) is theirs and
 * whose digest the log does not hold: every weekly subscription of each, oldest first.
 */
async function addressesFrom(
  req: PayloadRequest,
  mailing: MailingRun,
  week: DigestWeek,
  page: readonly SubscriberRow[],
  position: ReadonlyMap<string, number>,
): Promise<SubscriberRow[]> {
  const byEmail = new Map<string, SubscriberRow[]>()
  const emails = [...new Set(page.map((r) => r.email))]
  for (const row of await weeklyRowsOfAddresses(req.payload, emails))
    byEmail.set(row.email, [...(byEmail.get(row.email) ?? []), row])
  const firstSite = (email: string) => {
    let first: string | undefined
    for (const { org } of byEmail.get(email) ?? [])
      if (position.has(org) && (first === undefined || position.get(org)! < position.get(first)!))
        first = org
    return first
  }
  const here = page.filter((r) => firstSite(r.email) === r.org).map((r) => r.email)
  const key = (email: string) => digestDeliveryKey(email, week.key)
  const taken = await mailing.log.taken(here.map(key))
  const rows: SubscriberRow[] = []
  for (const email of here)
    if (taken.has(key(email))) mailing.stats.skipped += byEmail.get(email)!.length
    else rows.push(...byEmail.get(email)!)
  return rows
}

async function sendBatch(
  req: PayloadRequest,
  mailing: MailingRun,
  week: DigestWeek,
  rows: readonly SubscriberRow[],
  kept: { items: SiteItemsCache; renderer: PersonalRenderer },
) {
  const orgs = [...new Set(rows.map((r) => r.org))]
  const itemsBySite = await kept.items.of(orgs)
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
    const mail = await kept.renderer.render(
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
