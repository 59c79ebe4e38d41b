import type { OrgFacts } from '../../domain/monitoring/orgFacts'

/** A ППО that meets every indicator on 2026-12-07; tests change the one thing they probe. */
export const NOW = new Date('2026-12-07T09:00:00Z')
export const daysAgo = (days: number, now = NOW) => new Date(now.getTime() - days * 86_400_000)

export function goodFacts(over: Partial<OrgFacts> = {}): OrgFacts {
  return {
    kind: 'primary_org',
    memberCount: 300,
    hasParent: true,
    site: { mode: 'subdomain', published: true },
    news: { last7: 2, last30: 6, last90: 15, lastAt: daysAgo(1) },
    review: { reviews: false, oldestWaitingSince: null },
    proposals: { sent: 2, accepted: 1 },
    infoOfficer: { name: true, phone: true, email: false },
    contacts: { address: true, phone: true, email: true, receptionHours: true },
    hotline: false,
    socialChannels: 1,
    documents: { publicReportAt: new Date('2026-03-01T10:00:00Z'), collectiveAgreement: true },
    inquiries: { answered: 4, medianHours: 30, withinTarget: 4 },
    subscribers: 5,
    standItemsThisWeek: 2,
    visits30: 100,
    ...over,
  }
}
