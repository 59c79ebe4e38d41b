import type { OrgKind } from '../org/orgKinds'

/**
 * What the database tells about one organization, gathered by one grouped query per family over
 * the whole subtree (cms/monitoring/). Every rule reads only these plain figures. An optional
 * family left `undefined` was not measured (no data source yet): its indicator shows `none`.
 */
export interface OrgFacts {
  kind: OrgKind
  memberCount: number | null
  /** Whether the org has a structural parent (the network's top has none to propose to). */
  hasParent: boolean
  /** `published`: the host serving the org's pages (its own, or the parent's for a section) is live. */
  site: { mode: 'subdomain' | 'custom' | 'section'; published: boolean }
  /** Own posts published in the windows ending now, and the newest one. */
  news: { last7: number; last30: number; last90: number; lastAt: Date | null }
  /** `reviews`: incomingPolicy = review; then the publication time of the oldest waiting item. */
  review: { reviews: boolean; oldestWaitingSince: Date | null }
  /** Proposals sent upward this quarter, and how many of them were accepted. */
  proposals: { sent: number; accepted: number }
  infoOfficer: { name: boolean; phone: boolean; email: boolean }
  contacts: { address: boolean; phone: boolean; email: boolean; receptionHours: boolean }
  hotline: boolean
  /** Social channels (networks and messengers) filled in. */
  socialChannels: number
  /** Last year's public report (its upload time), and whether a collective agreement is posted. */
  documents: { publicReportAt: Date | null; collectiveAgreement: boolean }
  /** Inquiries answered over the last 12 months: count, median hours to the first answer, in time. */
  inquiries: { answered: number; medianHours: number | null; withinTarget: number }
  subscribers?: number
  standItemsThisWeek?: number
  visits30?: number
}
