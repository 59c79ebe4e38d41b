import type { PayloadRequest } from 'payload'
import { itemDeliveryKey } from '../../domain/mailings/deliveryKey'
import { deliverMessage } from './deliverMessage'
import { itemMailContent } from './mailingContent'
import { mailingHeaders } from './mailingHeaders'
import { MailingRun, type MailingStats } from './mailingRun'
import { loadSiteItems } from './siteItems'
import { everySubscribers } from './subscriberRows'
import { inParallel } from './inParallel'
import { IN_FLIGHT } from './sendDigests'

/** How far back a release looks for items its subscribers have not been sent yet. */
export const NEW_ITEMS_WINDOW_MS = 2 * 86_400_000

/**
 * «every»: the sites of `orgIds` went live (the worker queued this after releasing their hosts);
 * each confirmed «every» subscriber of each gets one message per item the site shows that was
 * published before `until` (the release's start: what the release holds), in the last two days,
 * and not before the subscriber confirmed (no back catalogue). The delivery log keys on
 * (address, item): an item that reaches a reader by three sites, an edit that releases the site
 * again or a retried job sends nothing twice.
 */
export async function sendNewItems(
  req: PayloadRequest,
  orgIds: readonly string[],
  until: Date,
  openRun: () => Promise<MailingRun> = () => MailingRun.open(req.payload),
): Promise<MailingStats> {
  const { payload } = req
  const subscribers = await everySubscribers(payload, orgIds)
  if (subscribers.length === 0) return { sent: 0, skipped: 0, bounced: 0 }
  const mailing = await openRun()
  const orgs = [...new Set(subscribers.map((s) => s.org))]
  const items = await loadSiteItems(req, orgs, {
    from: new Date(until.getTime() - NEW_ITEMS_WINDOW_MS),
    to: until,
  })
  const sites = await mailing.sitesOf(orgs)
  // Each subscriber's items in order; subscribers side by side (an SMTP handoff is latency).
  await inParallel(subscribers, IN_FLIGHT, async (subscriber) => {
    const site = sites.get(subscriber.org)
    if (!site || mailing.bounced.has(subscriber.email)) return
    const fresh = (items.get(subscriber.org) ?? []).filter(
      (item) => !subscriber.confirmedAt || item.publishedAt >= subscriber.confirmedAt,
    )
    const keys = fresh.map((item) => itemDeliveryKey(subscriber.email, item.post))
    const taken = await mailing.log.taken(keys)
    for (const [i, item] of fresh.entries()) {
      if (taken.has(keys[i]!)) continue
      const token = mailing.token(subscriber)
      const mail = await mailing.renderer.render(
        `item:${site.org}:${item.post}`,
        () => itemMailContent(site, item, mailing.originName, mailing.links(site, 0)),
        [token],
      )
      const outcome = await deliverMessage(payload, mailing.log, mailing.limiter, {
        key: keys[i]!,
        to: subscriber.email,
        network: site.network,
        mail,
        envelope: mailingHeaders(site, mailing.links(site, subscriber).unsubscribe),
      })
      mailing.count(outcome, subscriber.email)
      if (outcome === 'bounced') break
    }
  })
  return mailing.stats
}
