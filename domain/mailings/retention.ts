/**
 * How long the mailing keeps what it no longer needs (152-ФЗ: personal data only as long as the
 * purpose lasts). A request never confirmed is dropped once its link has expired; an address that
 * left or bounced is kept a little over the four weeks the editors' trend looks back on; the
 * delivery log a quarter, far past any resend (the «every» mail looks two days back, the digest
 * one week).
 */
export const MAILING_RETENTION_DAYS = {
  /** Unconfirmed subscriptions: the confirmation link is valid 7 days. */
  pending: 7,
  /** Unsubscribed or bounced addresses: the subscriber trend compares with 28 days ago. */
  ended: 35,
  /** Rows of the delivery log (`mail-deliveries`). */
  deliveries: 90,
} as const

const DAY_MS = 24 * 60 * 60 * 1000

/** The moments before which each kind of row goes, for a purge running at `now`. */
export function retentionCutoffs(now: Date): Record<keyof typeof MAILING_RETENTION_DAYS, string> {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString()
  return {
    pending: before(MAILING_RETENTION_DAYS.pending),
    ended: before(MAILING_RETENTION_DAYS.ended),
    deliveries: before(MAILING_RETENTION_DAYS.deliveries),
  }
}
