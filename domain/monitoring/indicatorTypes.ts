/**
 * The monitoring of the information work (issue 18): what is measured per organization and how
 * a result reads. Shared by the rules (domain/monitoring/rules/), the queries that gather the
 * facts (cms/monitoring/), the dashboard and its exports, the snapshots and the reminders.
 */

/** Every indicator, in the order the dashboard shows its columns. */
export const INDICATOR_IDS = [
  'site', // a site or a section exists and is published
  'news7', // own items in the last 7 days against the target
  'news30',
  'news90',
  'lastNews', // days since the last own item
  'reviewBacklog', // for orgs that review incoming items: age of the oldest waiting one
  'proposals', // items proposed upward and accepted this quarter
  'infoOfficer', // a responsible information officer is named
  'contacts', // address, phone, e-mail, reception hours
  'hotline', // where the level requires one
  'socials', // social channels as the member count requires
  'publicReport', // last year's public report published by the deadline
  'collectiveAgreement', // a ППО's collective agreement on its documents page
  'feedbackForm', // the feedback form is in place (site live, contact address)
  'answerTime', // median days to the first answer of an inquiry
  'answeredInTime', // share of inquiries answered within the target
  'subscribers', // confirmed mailing subscribers
  'stand', // the weekly stand has items this week
  'visits30', // visits in the last 30 days
] as const

export type IndicatorId = (typeof INDICATOR_IDS)[number]

/** `none`: the indicator does not apply to this org (e.g. a hotline where none is required). */
export type Light = 'green' | 'amber' | 'red' | 'none'

export interface IndicatorResult {
  id: IndicatorId
  light: Light
  /** The measured value as shown in the table and exports (days, a count, a share 0..1, yes/no). */
  value: number | boolean | null
  /** Why this colour, in Russian, with the figures: «нет новостей 47 дней при норме 7». */
  reason: string
  /** What to do about it, in Russian («Опубликуйте новость…»); only for amber and red. */
  fix?: string
}

/** One row of the dashboard: an org of the subtree and all its indicators. */
export interface OrgRow {
  id: string
  name: string
  kind: string
  /** The parent in the structural tree (absent for the subtree's root of the view). */
  parentId?: string
  /** Depth below the root of the view: 0 for the root itself. */
  depth: number
  indicators: Record<IndicatorId, IndicatorResult>
}

/** Share of orgs meeting each indicator (green) among those it applies to, for a set of orgs. */
export interface Rollup {
  /** What the set is: a level (org kind) or a child subtree (its root's id and name). */
  label: string
  kind?: string
  subtreeOf?: string
  orgs: number
  indicators: Record<IndicatorId, { green: number; amber: number; red: number; applies: number }>
}
