import type { IndicatorId, IndicatorResult } from './indicatorTypes'
import type { OrgFacts } from './orgFacts'
import type { MonitoringThresholds } from './thresholds'
import type { Rule } from './rules/ruleTypes'
import { siteRule } from './rules/site'
import { news7Rule, news30Rule, news90Rule } from './rules/newsWindow'
import { lastNewsRule } from './rules/lastNews'
import { reviewBacklogRule } from './rules/reviewBacklog'
import { proposalsRule } from './rules/proposals'
import { infoOfficerRule } from './rules/infoOfficer'
import { contactsRule } from './rules/contacts'
import { hotlineRule } from './rules/hotline'
import { socialsRule } from './rules/socials'
import { publicReportRule } from './rules/publicReport'
import { collectiveAgreementRule } from './rules/collectiveAgreement'
import { feedbackFormRule } from './rules/feedbackForm'
import { answerTimeRule } from './rules/answerTime'
import { answeredInTimeRule } from './rules/answeredInTime'
import { subscribersRule } from './rules/subscribers'
import { standRule } from './rules/stand'
import { visits30Rule } from './rules/visits30'

/** One rule per indicator; the record's type makes a new IndicatorId fail to compile until ruled. */
export const RULES: Record<IndicatorId, Rule> = {
  site: siteRule,
  news7: news7Rule,
  news30: news30Rule,
  news90: news90Rule,
  lastNews: lastNewsRule,
  reviewBacklog: reviewBacklogRule,
  proposals: proposalsRule,
  infoOfficer: infoOfficerRule,
  contacts: contactsRule,
  hotline: hotlineRule,
  socials: socialsRule,
  publicReport: publicReportRule,
  collectiveAgreement: collectiveAgreementRule,
  feedbackForm: feedbackFormRule,
  answerTime: answerTimeRule,
  answeredInTime: answeredInTimeRule,
  subscribers: subscribersRule,
  stand: standRule,
  visits30: visits30Rule,
}

/** Every indicator of one org. */
export function indicatorsOf(
  facts: OrgFacts,
  thresholds: MonitoringThresholds,
  now: Date,
): Record<IndicatorId, IndicatorResult> {
  return Object.fromEntries(
    Object.entries(RULES).map(([id, rule]) => [id, rule(facts, thresholds, now)]),
  ) as Record<IndicatorId, IndicatorResult>
}
