import type { PayloadRequest } from 'payload'
import type { OrgFacts } from '../../domain/monitoring/orgFacts'
import { monitoringPeriods } from '../../domain/monitoring/periods'
import type { OrgKind } from '../../domain/org/orgKinds'
import { monitoringSql } from './monitoringSql'
import { documentFacts } from './facts/documentFacts'
import { incomingThisWeek, oldestWaiting } from './facts/incomingItems'
import { inquiryTimes } from './facts/inquiryTimes'
import { newsCounts } from './facts/newsCounts'
import { proposalCounts } from './facts/proposalCounts'
import { publishedHosts } from './facts/publishedHosts'
import { subscriberCounts } from './facts/subscriberCounts'
import type { SubtreeScope } from './facts/subtreeSql'
import { visitsCounted } from './facts/visitsCounted'
import { siteHostOwner, type ChainOrg } from './siteHostOwner'
import type { SubtreeOrg } from './subtreeOrgs'
import { visitsLast30 } from './visitsLast30'

const mode = (value: unknown): OrgFacts['site']['mode'] =>
  value === 'section' || value === 'custom' ? value : 'subdomain'

/**
 * The facts of every org of a subtree: one grouped statement per family (news, incoming
 * items, proposals, documents, inquiries, subscribers, live hosts, visits), whatever the
 * subtree's size, then plain assembly per org.
 */
export async function gatherFacts(
  req: PayloadRequest,
  root: SubtreeScope,
  orgs: readonly SubtreeOrg[],
  above: readonly ChainOrg[],
  now: Date,
): Promise<Map<string, OrgFacts>> {
  const db = await monitoringSql(req)
  const p = monitoringPeriods(now)
  const news = await newsCounts(db, root, now, p.weekStart)
  const waiting = await oldestWaiting(db, root, p.yearAgo, now)
  const incoming = await incomingThisWeek(db, root, p.weekStart, now)
  const proposals = await proposalCounts(db, root, p.quarterStart)
  const documents = await documentFacts(db, root, p.reportYear)
  const inquiries = await inquiryTimes(db, root, p.yearAgo)
  const subscribers = await subscriberCounts(db, root)
  const live = await publishedHosts(
    db,
    root,
    above.map((o) => Number(o.id)),
  )
  const visits = await visitsLast30(
    req.payload,
    orgs.map((o) => o.id),
    now,
  )
  // No visit counted anywhere in the root's subtree: no statistics yet, not «nobody came». For
  // the root's row alone that is asked of the subtree separately (one EXISTS).
  const counted =
    visits.size > 0 || (typeof root !== 'number' && (await visitsCounted(db, root.only, now)))

  const chain = new Map<string, ChainOrg>(above.map((o) => [o.id, o]))
  for (const o of orgs)
    chain.set(o.id, { id: o.id, parentId: o.parentId, mode: mode(o.hostingMode) })

  const facts = new Map<string, OrgFacts>()
  for (const o of orgs) {
    const n = news.get(o.id)
    facts.set(o.id, {
      kind: o.kind as OrgKind,
      memberCount: o.memberCount,
      hasParent: o.parentId !== null,
      site: { mode: mode(o.hostingMode), published: live.has(siteHostOwner(o.id, chain)) },
      news: {
        last7: n?.last7 ?? 0,
        last30: n?.last30 ?? 0,
        last90: n?.last90 ?? 0,
        lastAt: n?.lastAt ?? null,
      },
      review: {
        reviews: o.incomingPolicy === 'review',
        oldestWaitingSince: waiting.get(o.id) ?? null,
      },
      proposals: proposals.get(o.id) ?? { sent: 0, accepted: 0 },
      infoOfficer: {
        name: o.has('info_officer_name'),
        phone: o.has('info_officer_phone'),
        email: o.has('info_officer_email'),
      },
      contacts: {
        address: o.has('contacts_address'),
        phone: o.has('contacts_phone'),
        email: o.has('contacts_email'),
        receptionHours: o.has('contacts_reception_hours'),
      },
      hotline: o.has('contacts_hotline'),
      socialChannels: o.socials,
      documents: documents.get(o.id) ?? { publicReportAt: null, collectiveAgreement: false },
      inquiries: inquiries.get(o.id) ?? { answered: 0, medianHours: null, withinTarget: 0 },
      subscribers: subscribers.get(o.id) ?? 0,
      standItemsThisWeek: (n?.thisWeek ?? 0) + (incoming.get(o.id) ?? 0),
      visits30: counted ? (visits.get(o.id) ?? 0) : undefined,
    })
  }
  return facts
}
