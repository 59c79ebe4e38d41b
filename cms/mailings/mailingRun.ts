import type { Payload } from 'payload'
import { OrgDirectory } from '../export/orgDirectory'
import { subscriberToken } from '../subscriptions/subscriberToken'
import { subscriberLinks } from '../subscriptions/suppressAddress'
import { DeliveryLog } from './deliveryLog'
import type { DeliveryOutcome } from './deliverMessage'
import { loadMailingSites, type MailingSite } from './mailingSites'
import { NetworkLimiter } from './networkLimiter'
import { PersonalRenderer, tokenPlaceholder } from './renderPersonal'
import type { SubscriberRow } from './subscriberRows'

export interface MailingStats {
  sent: number
  skipped: number
  bounced: number
}

/**
 * What one sending run shares across its batches: the org directory (site addresses), the sites
 * loaded so far, the delivery log, the per-network limiter, the rendered templates and counts.
 */
export class MailingRun {
  readonly log: DeliveryLog
  readonly renderer = new PersonalRenderer()
  readonly stats: MailingStats = { sent: 0, skipped: 0, bounced: 0 }
  private readonly sites = new Map<string, MailingSite>()

  private constructor(
    readonly payload: Payload,
    readonly directory: OrgDirectory,
    readonly limiter: NetworkLimiter,
  ) {
    this.log = new DeliveryLog(payload)
  }

  static async open(
    payload: Payload,
    given: { directory?: OrgDirectory; limiter?: NetworkLimiter } = {},
  ): Promise<MailingRun> {
    const directory = given.directory ?? (await OrgDirectory.load(payload))
    return new MailingRun(payload, directory, given.limiter ?? new NetworkLimiter())
  }

  /** The sites of `orgs`, loading those not seen yet in this run. */
  async sitesOf(orgs: Iterable<string>): Promise<Map<string, MailingSite>> {
    const missing = [...new Set(orgs)].filter((o) => !this.sites.has(o))
    for (const [id, site] of await loadMailingSites(this.payload, this.directory, missing))
      this.sites.set(id, site)
    return this.sites
  }

  originName = (org: string): string | undefined => {
    const o = this.directory.get(org)
    return o ? o.shortName || o.name : undefined
  }

  /** A subscriber's links, with its real token or the i-th placeholder (renderPersonal.ts). */
  links(site: MailingSite, row: SubscriberRow | number) {
    const token = typeof row === 'number' ? tokenPlaceholder(row) : this.token(row)
    return subscriberLinks(site.origin, site.basePath, token)
  }

  token(row: SubscriberRow): string {
    return subscriberToken(this.payload, row)
  }

  /** Addresses refused for good during this run: no further message of the run goes to them. */
  readonly bounced = new Set<string>()

  count(outcome: DeliveryOutcome, email: string): void {
    this.stats[outcome]++
    if (outcome === 'bounced') this.bounced.add(email)
  }
}
